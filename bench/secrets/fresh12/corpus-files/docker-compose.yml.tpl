services:
  qdrant:
    image: qdrant/qdrant:v1.9.7
    ports: ["6333:6333", "6334:6334"]
    volumes: ["qdrant:/qdrant/storage"]

  postgres:
    image: pgvector/pgvector:pg16
    environment:
      POSTGRES_USER: relaydesk
      POSTGRES_PASSWORD: «pw_human#pg-local» ⟦S dc-pg-pw⟧
      POSTGRES_DB: relaydesk
    ports: ["5432:5432"]
    volumes: ["pg:/var/lib/postgresql/data"]

  agent:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgresql://relaydesk:«pw_human#pg-local»@postgres:5432/relaydesk ⟦S dc-dburl⟧
      QDRANT_URL: http://qdrant:6333
    ports: ["8700:8700"]
    depends_on: [postgres, qdrant]

volumes:
  qdrant:
  pg:
