# TLS for the edge proxy (couriers' old Android 7 devices need our own chain)

- `edge.munchly.app.crt`: leaf + intermediate (public)
- `edge.munchly.app.key`: private key, encrypted (PKCS#8, AES-256-CBC)

Passphrase: «pwh#edge-tls»   ⟦S s-tls-passphrase⟧

Renew before 2025-02-01: `openssl req -new -key edge.munchly.app.key -out edge.csr` and paste into the CA portal.
SHA-256 fingerprint of the current leaf: «certfp#edge-leaf»   ⟦D d-tls-fp⟧
