# MinIO on backup01: S3 target for Nextcloud's external storage and the WP offload plugin
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2025-01-20T14-49-07Z
    restart: unless-stopped
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: kbadmin
      MINIO_ROOT_PASSWORD: «pw#minio-root» ⟦S minio-root⟧
      MINIO_BROWSER_REDIRECT_URL: https://s3-console.kettlebridge.net
      MINIO_PROMETHEUS_AUTH_TYPE: public
    volumes:
      - /srv/minio:/data
    networks: [proxy]
    labels:
      - traefik.enable=true
      - traefik.http.routers.minio.rule=Host(`s3.kettlebridge.net`)
      - traefik.http.routers.minio.service=minio
      - traefik.http.services.minio.loadbalancer.server.port=9000
      - traefik.http.routers.minio-console.rule=Host(`s3-console.kettlebridge.net`)
      - traefik.http.routers.minio-console.service=minio-console
      - traefik.http.routers.minio-console.middlewares=authelia@docker
      - traefik.http.services.minio-console.loadbalancer.server.port=9001

networks:
  proxy:
    external: true
