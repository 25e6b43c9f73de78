# Konventionen

- Dienstkonten heißen `svc-<zweck>`, Admin-Konten `adm-<kürzel>`. Kennwörter der Dienstkonten: 24 Zeichen, generiert, in KeePass.
- Parameter für Zugangsdaten immer `[pscredential]$Credential`, nie `[string]$Password`.
- In Beispielen Platzhalter verwenden: `-Password 'P@ssw0rd'` nur in der Doku, nie in Skripten. ⟦D conv-example⟧
- Verschlüsselte Strings aus `ConvertFrom-SecureString` sind maschinen- und benutzergebunden (DPAPI) und dürfen ins Repo.
- Zertifikats-Thumbprints, Tenant-/App-IDs und SIDs sind keine Geheimnisse.
- Log-Zeilen nie mit Kennwort: `Write-ITLog "Reset für $sam"` statt `Write-ITLog "Reset für $sam auf $pw"`. ⟦D conv-log⟧
- Commit-Nachrichten auf Deutsch, kurz, was und warum.

Beispiel-Connection-String für die Doku:
`Server=SQL02;Database=ITInventory;User Id=<benutzer>;Password=<kennwort>;` ⟦D conv-cs⟧
