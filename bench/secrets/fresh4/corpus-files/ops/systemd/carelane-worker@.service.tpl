[Unit]
Description=Carelane Celery worker (%i)
After=network-online.target

[Service]
User=carelane
WorkingDirectory=/opt/carelane/backend
EnvironmentFile=/etc/carelane/worker.env   ⟦D d-systemd-envfile⟧
Environment=QUEUE=%i   ⟦D d-systemd-specifier⟧
Environment="DIGITALOCEAN_TOKEN=«doctl#systemd»"   ⟦S s-systemd-do⟧
Environment=SPACES_KEY=«do_spaces#media» SPACES_SECRET=«b64std:43#spaces-secret»   ⟦S s-systemd-spaces⟧
ExecStart=/opt/carelane/venv/bin/celery -A carelane worker -Q ${QUEUE} --loglevel=INFO
Restart=always

[Install]
WantedBy=multi-user.target
