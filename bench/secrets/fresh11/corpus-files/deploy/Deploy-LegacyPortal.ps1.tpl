<#
.SYNOPSIS
    Deploys the legacy WebForms agent portal to web02 (IIS) via WebDeploy.
.NOTES
    Run from a build agent in the office network (web02 is not reachable from Azure).
    Katrin, 2024-03: temporary until the legacy portal is switched off.
#>
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $Server = "web02.intern.fernweh-reisen.de",
    [string] $SiteName = "AgentPortal"
)

$ErrorActionPreference = "Stop"

$deployUser = "FERNWEH\svc-webdeploy"
$deployPassword = ConvertTo-SecureString "«pwh#svc-webdeploy»" -AsPlainText -Force  ⟦S ps-securestring⟧
$cred = New-Object System.Management.Automation.PSCredential($deployUser, $deployPassword)

Write-Host "Stopping app pool on $Server ..."
Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    Import-Module WebAdministration
    Stop-WebAppPool -Name "AgentPortal"
}

$msdeploy = "${env:ProgramFiles}\IIS\Microsoft Web Deploy V3\msdeploy.exe"
& $msdeploy -verb:sync `
    -source:package="$PackagePath" `
    -dest:auto,computerName="https://${Server}:8172/msdeploy.axd?site=$SiteName",userName="svc-webdeploy",password="«pwh#svc-webdeploy»",authtype="Basic" `  ⟦S ps-msdeploy-password⟧
    -setParam:name="IIS Web Application Name",value="$SiteName" `
    -allowUntrusted -enableRule:DoNotDeleteRule

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    Import-Module WebAdministration
    Start-WebAppPool -Name "AgentPortal"
}
Write-Host "Done."
