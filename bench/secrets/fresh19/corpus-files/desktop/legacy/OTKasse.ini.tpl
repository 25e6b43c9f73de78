; OTKasse 2.3 (Delphi 7) – cash register at the Abholmarkt counter
; Datei gehört nach C:\Programme\OTKasse\OTKasse.ini

[Datenbank]
Alias=ORDERTRAIL ⟦D ini-alias⟧
Server=db1.ordertrail.local
Benutzer=kasse
Passwort=«weak#kasse» ⟦S ini-passwort⟧
Port=3306

[Drucker]
Bondrucker=EPSON TM-T88IV
Schublade=1
Logo=C:\Programme\OTKasse\logo.bmp

[Schulung]
; Schulungsmodus: lokale Demo-Datenbank, kein Passwort
Alias=OTKASSE_DEMO
Benutzer=demo
Passwort= ⟦D ini-empty-pw⟧

[EC-Terminal]
Typ=ZVT
Port=COM3
TerminalID=«digits:8#tid» ⟦D ini-terminal-id⟧
Waehrung=EUR
