HOST=0.0.0.0
PORT=1337
APP_KEYS=«b64bytes:16#strapi-k1»,«b64bytes:16#strapi-k2»,«b64bytes:16#strapi-k3»,«b64bytes:16#strapi-k4» ⟦S cms-appkeys⟧
API_TOKEN_SALT=«b64bytes:16#strapi-api-salt» ⟦S cms-api-salt⟧
ADMIN_JWT_SECRET=«b64bytes:16#strapi-admin-jwt» ⟦S cms-admin-jwt⟧
JWT_SECRET=«b64bytes:16#strapi-jwt» ⟦S cms-jwt⟧

DATABASE_CLIENT=postgres
DATABASE_HOST=10.0.0.21
DATABASE_PORT=5432
DATABASE_NAME=strapi
DATABASE_USERNAME=strapi
DATABASE_PASSWORD=«pwr#strapi-db» ⟦S cms-db⟧
DATABASE_SSL=false

S3_ENDPOINT=https://s3.gra.io.cloud.ovh.net
S3_REGION=gra
S3_BUCKET=mv-cms-media
S3_ACCESS_KEY_ID=«hex:32#ovh-s3-id»
S3_ACCESS_SECRET=«hex:32#ovh-s3-secret» ⟦S cms-s3⟧
