# NTP auf allen ESXi-Hosts setzen. Root-Passwort der Hosts steht in KeePass unter "ESXi root".
param(
    [Parameter(Mandatory)][pscredential]$HostCredential
)
$hosts = 'esx01.kessler.local','esx02.kessler.local','esx03.kessler.local'
foreach ($h in $hosts) {
    Connect-VIServer -Server $h -Credential $HostCredential | Out-Null
    Get-VMHost | Add-VMHostNtpServer -NtpServer 'dc01.kessler.local','dc02.kessler.local' -ErrorAction SilentlyContinue
    Get-VMHost | Get-VMHostService | Where-Object Key -eq 'ntpd' | Restart-VMHostService -Confirm:$false
    Disconnect-VIServer -Server $h -Confirm:$false
}
# früher: Connect-VIServer -Server $h -User root -Password «adm:Esxi#esxroot» ⟦S vm-esx-comment⟧
