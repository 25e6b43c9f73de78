# mTLS to First Continental's API

The bank's payments API (wires, RTP, balance reporting) requires a client certificate issued by their CA.

- `bank-client.crt` - our client certificate (CN=api-client.ledgerline.io), valid until 2025-09-30
- `ca-chain.pem` - the bank's issuing and root CA, to pin the server side
- the private key is NOT here: it lives in Vault at `secret/ledgerline/prod/bank-mtls` ⟦D mtls-readme-path⟧

Renewal: generate a CSR with `openssl req -new -key client.key -subj "/CN=api-client.ledgerline.io/O=Ledgerline Inc"`
and upload it to the bank's portal; they return the cert within 2 business days.

```sh
curl --cert bank-client.crt --key client.key --cacert ca-chain.pem \
  https://api.firstcontinental-bank.com/v2/accounts/balance
```
