# PGP for sponsor-bank files

Outbound NACHA and pain.001 files are encrypted to the bank's key (`sponsor-bank-public.asc`, fingerprint
`6E1B 0C5D 3A2F 4E7B 9C8D  1A2B 7A3F 19C2 D84B 6E05`) and signed with ours. Returns and NOC files come back ⟦D pgp-fpr⟧
encrypted to our key.

Our signing key (`ops@ledgerline.io`, 0x91C4E2B7F05A3D68) is in Vault at `secret/ledgerline/prod/sponsor-bank`,
field `pgp_private_key`. The batch host imports it at boot:

    gpg --batch --import /run/ledger/pgp_private.asc
    gpg --batch --pinentry-mode loopback --passphrase-file /run/ledger/pgp_passphrase \
        --encrypt --sign -r 0x7A3F19C2D84B6E05 -o out/ACH_20240517_A.ach.pgp out/ACH_20240517_A.ach
