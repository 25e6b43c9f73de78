# Standortverbindung Werk 1 ↔ Werk 2

Aktuell OpenVPN (`werk2-client.ovpn`), Gegenstelle ist die OPNsense in Plauen. WireGuard wurde getestet und
wieder verworfen (MTU-Probleme mit dem Provider in Plauen), die Konfiguration ist nicht mehr im Repo.

Unser öffentlicher WireGuard-Schlüssel (wb-gw01), falls der Test wieder aufgenommen wird:
`«wg_pub#wb-gw01»`   ⟦D wg-own-pub⟧

Zertifikat des Clients läuft am 30.06.2027 ab; Fingerprint (SHA-256):
`«certfp#werk2-client»`   ⟦D ovpn-fp⟧
