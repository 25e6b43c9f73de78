# WSUS: Updates für Pilotgruppe freigeben (Entwurf, noch nicht produktiv)
[void][reflection.assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
$wsus = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer('wsus01', $true, 8531)
$group = $wsus.GetComputerTargetGroups() | Where-Object Name -eq 'Pilot'
$updates = $wsus.GetUpdates() | Where-Object { -not $_.IsApproved -and -not $_.IsDeclined -and $_.UpdateClassificationTitle -in 'Security Updates','Critical Updates' }
foreach ($u in $updates) { [void]$u.Approve('Install', $group) }
# Bericht in die Inventar-DB
$cs = 'Server=SQL02\INVENTAR;Database=ITInventory;User Id=wsus_report;Password=«adm:Patch#wsus»;' ⟦S wsus-sql⟧
Invoke-Sqlcmd -ConnectionString $cs -Query "INSERT INTO dbo.WsusRuns (Approved, RunAt) VALUES ($($updates.Count), SYSUTCDATETIME())"
