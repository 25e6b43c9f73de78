# Runs the weekly clinic utilisation report by hand (when the scheduled job failed).
param([string]$Week = (Get-Date -UFormat %V))

$env:AZURE_STORAGE_SAS = "?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=«sas_sig#exports»"   ⟦S s-ps-sas⟧
$dbPassword = $env:REPORT_DB_PASSWORD   ⟦D d-ps-env⟧
$cred = New-Object System.Management.Automation.PSCredential("reporting_job", (ConvertTo-SecureString "«pwh#ps-report»" -AsPlainText -Force))   ⟦S s-ps-securestring⟧
$secure = Read-Host -AsSecureString "Password for reporting_job"   ⟦D d-ps-readhost⟧
dotnet run --project ReportingJob -- --week $Week
