; Kyocera Scan-Archiv Uploader (läuft auf SRV-MGMT01)
[archive]
container=scans
connection=DefaultEndpointsProtocol=https;AccountName=kesscanarchiv;AccountKey=«azkey#scan»;EndpointSuffix=core.windows.net ⟦S scan-azkey⟧
retention_days=3650

[smtp]
host=smtp.office365.com
port=587
user=scanner@kessler-maschinenbau.de
password=«adm:Scanner#scan-smtp» ⟦S scan-smtp⟧
from=scanner@kessler-maschinenbau.de
