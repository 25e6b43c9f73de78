HOST=0.0.0.0
PORT=1337
APP_KEYS="toBeModified1,toBeModified2" ⟦D cmse-appkeys⟧
API_TOKEN_SALT=tobemodified ⟦D cmse-salt⟧
ADMIN_JWT_SECRET=tobemodified ⟦D cmse-admin⟧
JWT_SECRET=tobemodified

DATABASE_CLIENT=postgres
DATABASE_HOST=127.0.0.1
DATABASE_PORT=5432
DATABASE_NAME=strapi
DATABASE_USERNAME=strapi
DATABASE_PASSWORD=strapi ⟦D cmse-db⟧

S3_ENDPOINT=https://s3.gra.io.cloud.ovh.net
S3_REGION=gra
S3_BUCKET=mv-cms-media-dev
S3_ACCESS_KEY_ID=
S3_ACCESS_SECRET=
