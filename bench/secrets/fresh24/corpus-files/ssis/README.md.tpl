# SSIS ERP-Export

Läuft als SQL-Agent-Job `ERP Export nächtlich` auf SQL02. Paketschutzstufe: `EncryptSensitiveWithUserKey` im Projekt,
die Konfiguration wird aus `ERP-Export.dtsConfig` geladen.

Der Agent-Proxy `SSIS_Proxy` nutzt das Konto `KESSLER\svc-ssis`. Bei Kennwortänderung des Kontos: Credential
in SSMS unter *Sicherheit > Anmeldeinformationen* anpassen, sonst schlägt der Job mit "Anmeldung fehlgeschlagen" fehl.

Alte Dev-Verbindung (nur SQLDEV): `Server=SQLDEV;Database=KES_ERP_TEST;User Id=sa;Password=«adm:Sommer#sqldev-sa»;` ⟦S ssis-dev-sa⟧

Protokolltabelle: `SSISDB.catalog.event_messages`, Paket-GUID «guid#ssis-pkg». ⟦D ssis-readme-guid⟧
