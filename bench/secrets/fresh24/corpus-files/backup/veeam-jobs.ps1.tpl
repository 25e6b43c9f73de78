# Veeam B&R 12: Jobs anlegen / prüfen. Läuft auf VBR01.
Import-Module Veeam.Backup.PowerShell
Connect-VBRServer -Server vbr01.kessler.local -User 'KESSLER\svc-veeam' -Password '«adm:Backup#veeam»' ⟦S veeam-connect⟧

$repo = Get-VBRBackupRepository -Name 'NAS01-Repo'
if (-not $repo) {
    Add-VBRBackupRepository -Name 'NAS01-Repo' -Type SMB -Folder '\\nas01\veeam' `
        -UserName 'nas01\veeam' -Password '«strong#nas-veeam»' ⟦S veeam-smb⟧
}

# Verschlüsselungskennwort für Backup-Jobs (Hinweis im Kennwort-Tipp: "Tresor Seite 3")
$enc = Add-VBREncryptionKey -Password (ConvertTo-SecureString '«strong#veeam-enc»' -AsPlainText -Force) -Description 'Jobs 2024' ⟦S veeam-enc⟧

Get-VBRJob | Select-Object Name, JobType, @{N='Letzter Lauf';E={$_.FindLastSession().EndTime}} | Format-Table
