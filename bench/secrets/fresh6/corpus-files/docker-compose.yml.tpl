services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres   ⟦D d-dc-pg⟧
      POSTGRES_DB: quillmate
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin   ⟦D d-dc-minio⟧
  worker:
    build: ./worker
    environment:
      DATABASE_URL: postgresql://postgres:postgres@db:5432/quillmate   ⟦D d-dc-dburl⟧
      REDIS_URL: redis://redis:6379/0
      OPENAI_API_KEY: ${OPENAI_API_KEY}   ⟦D d-dc-openai⟧
      ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY:-}
      RESEND_API_KEY: «resend#compose»   ⟦S s-dc-resend⟧
    depends_on: [db, redis]
