services:
  mattermost:
    image: mattermost/mattermost-team-edition:9.11@«digest#mattermost» ⟦D mm-digest⟧
    restart: unless-stopped
    read_only: false
    security_opt: [no-new-privileges:true]
    environment:
      TZ: Europe/Berlin
      MM_SQLSETTINGS_DRIVERNAME: postgres
      MM_SQLSETTINGS_DATASOURCE: postgres://mmuser:«pwurl#mm-db»@postgres:5432/mattermost?sslmode=disable&connect_timeout=10 ⟦S mm-datasource⟧
      MM_BLEVESETTINGS_INDEXDIR: /mattermost/bleve-indexes
      MM_SERVICESETTINGS_SITEURL: https://chat.kettlebridge.net
      MM_EMAILSETTINGS_SMTPSERVER: mail01.kettlebridge.net
      MM_EMAILSETTINGS_SMTPPORT: "587"
      MM_EMAILSETTINGS_SMTPUSERNAME: chat@kettlebridge.net
      MM_EMAILSETTINGS_SMTPPASSWORD: ${MM_SMTP_PASSWORD} ⟦D mm-smtp-env⟧
    volumes:
      - ./config:/mattermost/config:rw
      - ./data:/mattermost/data:rw
      - ./logs:/mattermost/logs:rw
      - ./plugins:/mattermost/plugins:rw
    networks: [proxy, db]
    labels:
      - traefik.enable=true
      - traefik.http.routers.mattermost.rule=Host(`chat.kettlebridge.net`)
      - traefik.http.services.mattermost.loadbalancer.server.port=8065

networks:
  proxy:
    external: true
  db:
    external: true
