# Kopieren nach .env und ausfüllen. Echte Werte: 1Password Tresor "Belegwerk Prod".
BW_ENV=development
BW_LISTEN=:8080
BW_DB_PATH=./belegwerk.db
BW_SESSION_KEY= ⟦D envex-session⟧
POSTMARK_SERVER_TOKEN=<postmark-server-token> ⟦D envex-postmark⟧
PADDLE_API_KEY=pdl_sdbx_apikey_xxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D envex-paddle⟧
PADDLE_WEBHOOK_SECRET=changeme ⟦D envex-paddle-wh⟧
ELSTER_PFX_PATH=./testdata/elster-test.pfx
ELSTER_PFX_PIN=123456 ⟦D envex-pin⟧
HCLOUD_TOKEN= ⟦D envex-hcloud⟧
LITESTREAM_ACCESS_KEY_ID=your-access-key ⟦D envex-ls-id⟧
LITESTREAM_SECRET_ACCESS_KEY=your-secret-key ⟦D envex-ls-secret⟧
SEED_DEMO_PASSWORD=
