param([Parameter(Mandatory)][string]$Name)
$p = Import-Csv "$PSScriptRoot\pakete.csv" | Where-Object Name -eq $Name
if (-not $p) { throw "Paket $Name unbekannt" }
$hash = (Get-FileHash $p.Quelle -Algorithm SHA256).Hash
if ($hash -ne $p.SHA256) { throw "Prüfsumme passt nicht: $hash" } ⟦D inst-hashcmp⟧
if ($p.Quelle -like '*.msi') {
    Start-Process msiexec.exe -ArgumentList "/i `"$($p.Quelle)`" /qn /norestart" -Wait
} else {
    Start-Process $p.Quelle -ArgumentList '/S' -Wait
}
