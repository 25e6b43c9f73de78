# mTLS between bidder and pacing

The internal CA lives in Vault's PKI engine (`pki_int/`). Each service gets a PKCS12 keystore generated at deploy
time by the init container; nothing in this folder is secret except what you create locally.

Local testing:

```sh
keytool -genkeypair -alias bidder -keyalg EC -keystore bidder.p12 -storetype PKCS12 \
  -storepass «pw#local-p12» -dname "CN=bidder.bidstream.svc" ⟦S tls-storepass⟧
keytool -importcert -alias ca -file ca.crt -keystore ca.jks -storepass changeit -noprompt ⟦D tls-changeit⟧
```

CA fingerprint (SHA-256) to pin in clients: ⟦D tls-fp-intro⟧
`«sha256#ca-fp»` ⟦D tls-fp⟧
