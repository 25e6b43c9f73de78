# Re-uploads rendered voucher PDFs that the Functions app failed to write (incident 2024-03-15).
# Usage: .\Upload-Vouchers.ps1 -Folder C:\temp\vouchers-retry

param([Parameter(Mandatory)][string]$Folder)

# container SAS from the portal (Katrin generated it, read/write/list until end of 2026)
$sasUrl = "«voucher_sas#container»"  ⟦S ps-sas-url⟧

Get-ChildItem -Path $Folder -Filter *.pdf | ForEach-Object {
    $blobUrl = $sasUrl.Replace("/vouchers?", "/vouchers/$($_.Name)?")
    Write-Host "Uploading $($_.Name) ..."
    Invoke-RestMethod -Method Put -Uri $blobUrl -InFile $_.FullName `
        -Headers @{ "x-ms-blob-type" = "BlockBlob"; "x-ms-blob-content-type" = "application/pdf" }
}
