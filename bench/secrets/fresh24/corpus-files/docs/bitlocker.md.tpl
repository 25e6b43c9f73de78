# BitLocker

Schlüssel werden beim Verschlüsseln in AD gesichert (GPO "KES-BitLocker"). Abfrage:

    Get-ADObject -Filter 'objectClass -eq "msFVE-RecoveryInformation"' -SearchBase $computer.DistinguishedName -Properties msFVE-RecoveryPassword

Format eines Wiederherstellungsschlüssels (Beispiel aus der Microsoft-Doku, kein echter):
`000000-000000-000000-000000-000000-000000-000000-000000` ⟦D bl-zero⟧

Die Schlüssel-ID (erste 8 Zeichen werden am Bootbildschirm angezeigt) ist keine Geheiminformation: z. B. `{«guid#bl-doc»}` ⟦D bl-id⟧

Für KES-NB-0098 (Herr Lorenz, Festplatte getauscht) hatten wir am Telefon: «bitlocker#0098» ⟦S bl-note⟧
