<#
.SYNOPSIS
  Legt neue Mitarbeiter aus der HR-CSV an (AD-Konto, Postfach-Lizenz, Gruppen, Home-Laufwerk).
.EXAMPLE
  .\New-Employee.ps1 -Csv .\neu.csv -Credential (Get-Credential)
#>
param(
    [Parameter(Mandatory)][string]$Csv,
    [pscredential]$Credential
)
Import-Module ActiveDirectory
Import-Module ITWerk.Common

if (-not $Credential) {
    $u = Read-Host 'Admin-Konto (KESSLER\adm-...)'
    $p = Read-Host 'Passwort' -AsSecureString ⟦D onb-readhost⟧
    $Credential = New-Object System.Management.Automation.PSCredential($u, $p)
}

# Startpasswort für alle Neuen, muss bei der ersten Anmeldung geändert werden
$initial = ConvertTo-SecureString '«adm:Willkommen#initial»' -AsPlainText -Force ⟦S onb-initial⟧

foreach ($e in Import-Csv $Csv -Delimiter ';') {
    $sam = ($e.Vorname.Substring(0,1) + $e.Nachname).ToLower() -replace '[^a-z]', ''
    New-ADUser -Name "$($e.Vorname) $($e.Nachname)" -SamAccountName $sam -UserPrincipalName "$sam@kessler-maschinenbau.de" `
        -Path 'OU=Benutzer,OU=Kessler,DC=kessler,DC=local' -AccountPassword $initial -ChangePasswordAtLogon $true `
        -Enabled $true -Department $e.Abteilung -Credential $Credential
    Add-ADGroupMember -Identity "GG-$($e.Abteilung)" -Members $sam -Credential $Credential
    Invoke-Command -ComputerName fs01 -Credential $Credential -ScriptBlock {
        param($s) New-Item -ItemType Directory -Path "D:\Home\$s" | Out-Null
    } -ArgumentList $sam
    Write-ITLog "Angelegt: $sam"
}
