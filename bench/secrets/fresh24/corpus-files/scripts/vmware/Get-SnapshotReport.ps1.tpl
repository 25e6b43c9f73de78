# Wöchentlicher Snapshot-Report per Mail an it@
$vc = 'vcsa01.kessler.local'
Connect-VIServer -Server $vc -User 'svc-report@vsphere.local' -Password '«adm:Report#vcreport»' -Force | Out-Null ⟦S vm-report⟧

$snaps = Get-VM | Get-Snapshot | Where-Object { $_.Created -lt (Get-Date).AddDays(-7) } |
    Select-Object VM, Name, Created, @{N='SizeGB';E={[math]::Round($_.SizeGB,1)}}

$html = $snaps | ConvertTo-Html -Title 'Alte Snapshots' | Out-String
$smtp = @{
    SmtpServer = 'smtp.kessler.local'
    From       = 'vmware-report@kessler-maschinenbau.de'
    To         = 'it@kessler-maschinenbau.de'
    Subject    = "Snapshots älter als 7 Tage: $($snaps.Count)"
    Body       = $html
    BodyAsHtml = $true
}
Send-MailMessage @smtp
Disconnect-VIServer -Server $vc -Confirm:$false
