[Unit]
Description=Belegwerk web app
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=belegwerk
Group=belegwerk
WorkingDirectory=/opt/belegwerk
ExecStart=/opt/belegwerk/belegwerk serve --config /etc/belegwerk/config.toml
Restart=on-failure
RestartSec=3
Environment=BW_ENV=production
Environment=BW_SESSION_KEY=«hex:64#session_prod» ⟦S svc-session⟧
Environment=POSTMARK_SERVER_TOKEN=«postmark#prod_v2» ⟦S svc-postmark⟧
Environment="PADDLE_API_KEY=«paddle_key:live#prod»" ⟦S svc-paddle⟧
Environment=PADDLE_WEBHOOK_SECRET=«paddle_whsec#prod» ⟦S svc-paddle-wh⟧
Environment=ELSTER_PFX_PIN=«human#elster_pin» ⟦S svc-elster-pin⟧
Environment=DATEV_CLIENT_SECRET=«alnum:40#datev_secret» ⟦S svc-datev⟧
Environment=FINTS_PIN=«digits:5#fints_pin» ⟦S svc-fints⟧
Environment=PLAUSIBLE_DOMAIN=belegwerk.de
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/belegwerk

[Install]
WantedBy=multi-user.target
