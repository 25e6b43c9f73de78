# Entfernt Profile, die seit 90 Tagen nicht benutzt wurden (Terminalserver ts01/ts02)
param([int]$Days = 90)
$except = @('Administrator', 'svc-*', 'adm-*')
Get-CimInstance Win32_UserProfile -ComputerName ts01, ts02 |
    Where-Object { -not $_.Special -and $_.LastUseTime -lt (Get-Date).AddDays(-$Days) } |
    Where-Object { $n = Split-Path $_.LocalPath -Leaf; -not ($except | Where-Object { $n -like $_ }) } |
    ForEach-Object {
        Write-Host "Entferne $($_.LocalPath) ($($_.SID))"
        $_ | Remove-CimInstance
    }
