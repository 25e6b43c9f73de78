<#
.SYNOPSIS
  Resets a clinic administrator's password in the Carelane admin API.
.EXAMPLE
  ./Reset-ClinicAdmin.ps1 -Clinic riverside -NewPassword 'P@ssw0rd-example'   ⟦D d-ps-doc-example⟧
#>
param([Parameter(Mandatory)][string]$Clinic, [Parameter(Mandatory)][SecureString]$NewPassword)

$headers = @{ Authorization = "Bearer $env:CARELANE_ADMIN_TOKEN" }   ⟦D d-ps-bearer-env⟧
$onelogin = @{ client_id = $env:ONELOGIN_CLIENT_ID; client_secret = $env:ONELOGIN_CLIENT_SECRET }   ⟦D d-ps-onelogin-env⟧
Invoke-RestMethod -Method Post -Uri "https://api.carelane.health/admin/clinics/$Clinic/reset" -Headers $headers
