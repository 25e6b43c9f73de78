<#
.SYNOPSIS
    Deploys the legacy WebForms agent portal to web02 (IIS) via WebDeploy.
.NOTES
    Run from a build agent in the office network (web02 is not reachable from Azure).
    The WebDeploy credential comes from the agent's Windows Credential Manager (target "web02-webdeploy").
#>
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $Server = "web02.intern.fernweh-reisen.de",
    [string] $SiteName = "AgentPortal"
)

$ErrorActionPreference = "Stop"

$cred = Get-StoredCredential -Target "web02-webdeploy"
if (-not $cred) { throw "No stored credential 'web02-webdeploy' on this agent – see docs/wiki/runbook-legacy.md" }
$plain = $cred.GetNetworkCredential().Password  ⟦D ps-getnetworkcredential⟧

Write-Host "Stopping app pool on $Server ..."
Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    Import-Module WebAdministration
    Stop-WebAppPool -Name "AgentPortal"
}

$msdeploy = "${env:ProgramFiles}\IIS\Microsoft Web Deploy V3\msdeploy.exe"
& $msdeploy -verb:sync `
    -source:package="$PackagePath" `
    -dest:auto,computerName="https://${Server}:8172/msdeploy.axd?site=$SiteName",userName="$($cred.UserName)",password="$plain",authtype="Basic" `  ⟦D ps-msdeploy-var⟧
    -setParam:name="IIS Web Application Name",value="$SiteName" `
    -allowUntrusted -enableRule:DoNotDeleteRule

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    Import-Module WebAdministration
    Start-WebAppPool -Name "AgentPortal"
}
Write-Host "Done."
