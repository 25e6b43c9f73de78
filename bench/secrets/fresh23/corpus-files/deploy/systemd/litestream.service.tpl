[Unit]
Description=Litestream replication for belegwerk.db
After=network-online.target

[Service]
User=belegwerk
Environment=LITESTREAM_ACCESS_KEY_ID=«s3_id#hos» ⟦S ls-svc-id⟧
Environment=LITESTREAM_SECRET_ACCESS_KEY=«s3_secret#hos» ⟦S ls-svc-secret⟧
ExecStart=/usr/bin/litestream replicate -config /etc/litestream.yml
Restart=always

[Install]
WantedBy=multi-user.target
