Configuration KesslerFileServer {
    param(
        [Parameter(Mandatory)][pscredential]$DomainCredential
    )
    Import-DscResource -ModuleName PSDesiredStateConfiguration, ComputerManagementDsc, StorageDsc

    Node $AllNodes.NodeName {
        WindowsFeature FSRM { Name = 'FS-Resource-Manager'; Ensure = 'Present' }
        Computer Join {
            Name       = $Node.NodeName
            DomainName = 'kessler.local'
            Credential = $DomainCredential
        }
        File Home { DestinationPath = 'D:\Home'; Type = 'Directory'; Ensure = 'Present' }
    }
}

$ConfigData = @{
    AllNodes = @(
        @{
            NodeName                    = 'fs01'
            CertificateFile             = 'C:\DSC\Certs\fs01.cer'
            Thumbprint                  = '«thumb#dsc-fs01»' ⟦D dsc-thumb⟧
            PSDscAllowDomainUser        = $true
        }
    )
}

$cred = New-Object pscredential 'KESSLER\svc-dsc', (ConvertTo-SecureString '«adm:Konfig#dsc»' -AsPlainText -Force) ⟦S dsc-cred⟧
KesslerFileServer -ConfigurationData $ConfigData -DomainCredential $cred -OutputPath C:\DSC\MOF
