# Speicherkonto für Scan-Archiv (Azure): Schlüssel rotieren und in der Scanner-Konfiguration eintragen
Connect-AzAccount -ServicePrincipal -Tenant '«guid#tenant»' -ApplicationId '«guid#az-sp»' `
    -CertificateThumbprint '«thumb#az-sp»' ⟦D az-thumb⟧
$rg = 'rg-kes-archiv'
$acct = 'kesscanarchiv'
New-AzStorageAccountKey -ResourceGroupName $rg -Name $acct -KeyName key2 | Out-Null
$key = (Get-AzStorageAccountKey -ResourceGroupName $rg -Name $acct | Where-Object KeyName -eq 'key2').Value
Write-Host "Neuer Schlüssel gesetzt: $($key.Substring(0,4))..." ⟦D az-masked-print⟧
