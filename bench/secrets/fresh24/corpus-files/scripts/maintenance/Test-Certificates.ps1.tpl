# Prüft Ablauf der Zertifikate, die wir kennen (Thumbprints aus dem Zertifikatsspeicher LocalMachine\My)
$watch = @(
    @{ Name = 'Exchange App (ITWerk Automation)'; Thumbprint = '«thumb#exo»' } ⟦D cert-exo⟧
    @{ Name = 'RD Gateway';                       Thumbprint = '«thumb#rdgw»' } ⟦D cert-rdgw⟧
    @{ Name = 'DSC fs01';                         Thumbprint = '«thumb#dsc-fs01»' } ⟦D cert-dsc⟧
)
foreach ($w in $watch) {
    $c = Get-ChildItem Cert:\LocalMachine\My | Where-Object Thumbprint -eq $w.Thumbprint
    if (-not $c) { Write-Warning "$($w.Name): nicht gefunden"; continue }
    $left = ($c.NotAfter - (Get-Date)).Days
    if ($left -lt 30) { Write-Warning "$($w.Name): läuft in $left Tagen ab" }
}
