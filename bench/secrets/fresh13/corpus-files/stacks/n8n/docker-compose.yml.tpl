# n8n for Bauer Logistik: order mails -> their ERP (weclapp) and Mattermost
services:
  n8n:
    image: docker.n8n.io/n8nio/n8n:1.64.3
    restart: unless-stopped
    environment:
      N8N_HOST: flows.bauer-logistik.de
      N8N_PROTOCOL: https
      WEBHOOK_URL: https://flows.bauer-logistik.de/
      GENERIC_TIMEZONE: Europe/Berlin
      N8N_ENCRYPTION_KEY: «alnum:32#n8n-enc» ⟦S n8n-enc-key⟧
      DB_TYPE: postgresdb
      DB_POSTGRESDB_HOST: postgres
      DB_POSTGRESDB_DATABASE: n8n_bauer
      DB_POSTGRESDB_USER: n8n_bauer
      DB_POSTGRESDB_PASSWORD: ${N8N_DB_PASSWORD} ⟦D n8n-db-env⟧
      N8N_SMTP_HOST: mail01.kettlebridge.net
      N8N_SMTP_USER: flows@bauer-logistik.de
      N8N_SMTP_PASS: «human#n8n-smtp» ⟦S n8n-smtp⟧
      N8N_DIAGNOSTICS_ENABLED: "false"
    volumes:
      - ./data:/home/node/.n8n
    networks: [proxy, db]
    labels:
      - traefik.enable=true
      - traefik.http.routers.n8n-bauer.rule=Host(`flows.bauer-logistik.de`)
      - traefik.http.services.n8n-bauer.loadbalancer.server.port=5678

networks:
  proxy:
    external: true
  db:
    external: true
