<#
.SYNOPSIS
  Resets a clinic administrator's password in the Carelane admin API.
.EXAMPLE
  ./Reset-ClinicAdmin.ps1 -Clinic riverside -NewPassword 'P@ssw0rd-example'   ⟦D d-ps-doc-example⟧
#>
param([Parameter(Mandatory)][string]$Clinic, [Parameter(Mandatory)][SecureString]$NewPassword)

$headers = @{ Authorization = "Bearer $env:CARELANE_ADMIN_TOKEN" }   ⟦D d-ps-bearer-env⟧
$onelogin = @{ client_id = "«hex:64#onelogin-id»"; client_secret = "«hex:64#onelogin-secret»" }   ⟦S s-ps-onelogin⟧
Invoke-RestMethod -Method Post -Uri "https://api.carelane.health/admin/clinics/$Clinic/reset" -Headers $headers
