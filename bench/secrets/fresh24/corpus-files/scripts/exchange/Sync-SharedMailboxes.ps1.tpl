<#
.SYNOPSIS
  Gleicht die Berechtigungen der Sammelpostfächer mit den AD-Gruppen ab (läuft nachts auf SRV-MGMT01).
#>
param([switch]$WhatIf)

$TenantId     = '«guid#tenant»' ⟦D exo-tenant⟧
$ClientId     = '«guid#graph-app»' ⟦D exo-clientid⟧
$ClientSecret = '«entra#graph»' ⟦S exo-secret⟧

$body = @{
    grant_type    = 'client_credentials'
    scope         = 'https://graph.microsoft.com/.default'
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" } ⟦D exo-bearer-var⟧

Import-Module ITWerk.Common
Connect-ITExchange

$map = Import-Csv "$PSScriptRoot\mailbox-groups.csv"
foreach ($row in $map) {
    $members = Get-ADGroupMember -Identity $row.Group -Recursive | Get-ADUser -Properties mail
    foreach ($m in $members) {
        Add-MailboxPermission -Identity $row.Mailbox -User $m.mail -AccessRights FullAccess -AutoMapping:$true -WhatIf:$WhatIf | Out-Null
    }
    Write-ITLog "Sammelpostfach $($row.Mailbox): $($members.Count) Mitglieder"
}
