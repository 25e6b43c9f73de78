<#
.SYNOPSIS
  Spiegelt freigegebene Zeichnungen (PDF) aus dem PDM-Export nach \\fs01\Zeichnungen$ und meldet neue
  Zeichnungen an den order-service.
.NOTES
  Geplante Aufgabe auf wb-print01, läuft als WERKBANK\svc_pdmsync.
  Das Passwort für den Share steht als DPAPI-SecureString in der Datei unten (nur für svc_pdmsync auf
  wb-print01 entschlüsselbar). Neu erzeugen mit:
    Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content C:\Skripte\pdm.cred
#>
param(
    [string]$Quelle = "D:\PDM\Export\Freigegeben",
    [string]$Ziel = "\\fs01.werkbank.local\Zeichnungen$"
)

$ErrorActionPreference = "Stop"

# Inhalt von C:\Skripte\pdm.cred (zur Dokumentation, gilt nur auf wb-print01):
$verschluesselt = "«dpapi#pdm-cred»"   ⟦D ps-dpapi⟧
$sicher = $verschluesselt | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential("WERKBANK\svc_pdmsync", $sicher)

New-PSDrive -Name Z -PSProvider FileSystem -Root $Ziel -Credential $cred | Out-Null

# order-service: Station-Key der Etikettenstationen wiederverwendet (TODO eigener Client)
$apiPass = ConvertTo-SecureString "«alnum:40#station-key»" -AsPlainText -Force   ⟦S ps-plain-securestring⟧
$apiCred = New-Object System.Management.Automation.PSCredential("pdm-sync", $apiPass)

$neu = @()
Get-ChildItem -Path $Quelle -Filter *.pdf | ForEach-Object {
    $zielDatei = Join-Path "Z:\" $_.Name
    if (-not (Test-Path $zielDatei) -or (Get-Item $zielDatei).LastWriteTime -lt $_.LastWriteTime) {
        Copy-Item $_.FullName $zielDatei -Force
        $neu += $_.BaseName
    }
}

if ($neu.Count -gt 0) {
    $body = @{ zeichnungen = $neu } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri "https://werkbank.werkbank.local/order/api/zeichnungen/sync" `
        -Credential $apiCred -ContentType "application/json" -Body $body
    Write-Host "$($neu.Count) Zeichnungen synchronisiert"
}

Remove-PSDrive -Name Z
