# EBICS-Zugang (Kanzlei-Pilot Schröder & Partner)

Die Kanzlei Schröder will Kontoauszüge per EBICS statt FinTS. Stand 12.03.:

- Host-ID: `SPKHH` ⟦D ebics-host⟧
- Partner-ID: `BWK00412`, User-ID: `BWK00412U1`
- INI-/HIA-Briefe sind unterschrieben an die Bank raus.
- Die Schlüsseldatei `ebics-keys.json` liegt in 1Password, Passwort der Schlüsseldatei: `«human#ebics_keyfile»` ⟦S ebics-keyfile-pw⟧
- Hash des Bankschlüssels (zum Abgleich mit dem Brief): `«sha256#ebics_bankhash»` ⟦D ebics-bankhash⟧

Nicht vergessen: Die Bank schickt den Freischaltbrief per Post an die Kanzlei, nicht an uns.
