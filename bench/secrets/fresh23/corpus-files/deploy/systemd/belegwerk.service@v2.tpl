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
# alle Secrets: /etc/belegwerk/env (root:belegwerk 0640), erzeugt aus secrets/prod.env.age
EnvironmentFile=/etc/belegwerk/env
Environment=PLAUSIBLE_DOMAIN=belegwerk.de
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/belegwerk

[Install]
WantedBy=multi-user.target
