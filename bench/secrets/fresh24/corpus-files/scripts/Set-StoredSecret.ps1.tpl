# Legt ein DPAPI-verschlüsseltes Passwort für ein Dienstkonto ab (einmalig als dieses Konto ausführen)
param([Parameter(Mandatory)][string]$Name)
$secure = Read-Host "Passwort für $Name" -AsSecureString
$secure | ConvertFrom-SecureString | Set-Content "C:\ITWerk\Secure\$Name.txt"
# Beispielinhalt einer solchen Datei (nur auf SRV-MGMT01 als svc-itwerk lesbar):
# «dpapi#example» ⟦D dpapi-example⟧
