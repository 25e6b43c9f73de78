# Zertifikate

`itwerk-automation.pub.pem` ist der öffentliche Schlüssel des Zertifikats der App-Registrierung "ITWerk Automation"
(hochgeladen in Entra ID). Der private Schlüssel liegt nur im Zertifikatsspeicher von SRV-MGMT01 (nicht exportierbar).
