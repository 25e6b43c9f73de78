CS_ENVIRONMENT=dev
CS_DATABASE_URL=postgresql+asyncpg://coldchain:<password>@localhost:5432/coldchain ⟦D envex-db⟧
CS_INFLUX_URL=http://localhost:8086
CS_INFLUX_TOKEN=<influx-all-access-token> ⟦D envex-influx⟧
CS_JWT_SECRET=generate-with-openssl-rand-hex-32 ⟦D envex-jwt⟧
CS_TWILIO_AUTH_TOKEN=
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D envex-sg⟧
