@echo off
REM Scanner-Freigabe und Inventar-Task auf neuen Terminalservern einrichten
cmdkey /add:nas01.kessler.local /user:nas01\scan /pass:«adm:Scan#nas-scan» ⟦S cmd-cmdkey⟧
net use S: \\nas01.kessler.local\scan /persistent:yes
schtasks /create /tn "ITWerk Inventar" /tr "powershell.exe -NoProfile -File C:\ITWerk\Send-Inventory.ps1" /sc daily /st 12:30 /ru KESSLER\svc-inventar /rp «adm:Inventar#inventar-rp» ⟦S cmd-schtasks⟧
REM Für manuelle Einrichtung ohne Kennwort im Skript: /rp * fragt interaktiv nach ⟦D cmd-rp-star⟧
