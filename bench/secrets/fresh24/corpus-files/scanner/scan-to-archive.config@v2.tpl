; Kyocera Scan-Archiv Uploader (läuft auf SRV-MGMT01)
[archive]
container=scans
; Verbindung kommt aus der Umgebungsvariable SCANARCHIV_CONNECTION (Systemumgebung SRV-MGMT01)
connection=%SCANARCHIV_CONNECTION% ⟦D scan-envref⟧
retention_days=3650

[smtp]
host=smtp.office365.com
port=587
user=scanner@kessler-maschinenbau.de
password=«adm:Scanner#scan-smtp» ⟦S scan-smtp2⟧
from=scanner@kessler-maschinenbau.de
