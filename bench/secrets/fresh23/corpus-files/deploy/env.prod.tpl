# /etc/belegwerk/env – Stand nach Schlüsselrotation März 2024 (NICHT committen, Jannik!)
BW_SESSION_KEY=«hex:64#session_prod2» ⟦S envprod-session⟧
POSTMARK_SERVER_TOKEN=«postmark#prod_v3» ⟦S envprod-postmark⟧
PADDLE_API_KEY=«paddle_key:live#prod2» ⟦S envprod-paddle⟧
ELSTER_PFX_PIN=«human#elster_pin2» ⟦S envprod-pin⟧
LITESTREAM_ACCESS_KEY_ID=«s3_id#hos2» ⟦S envprod-ls-id⟧
LITESTREAM_SECRET_ACCESS_KEY=«s3_secret#hos2» ⟦S envprod-ls-secret⟧
HCLOUD_TOKEN=«hcloud#prod_v2» ⟦S envprod-hcloud⟧
