services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: classnote
      POSTGRES_PASSWORD: classnote ⟦D compose-pg⟧
    ports:
      - "5432:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7
    ports:
      - "6379:6379"
  grader:
    build: ./grader
    environment:
      DATABASE_URL: postgresql://classnote:classnote@db:5432/grader_dev
      OPENAI_API_KEY: ${OPENAI_API_KEY} ⟦D compose-openai⟧
    ports:
      - "8000:8000"

volumes:
  pgdata:
