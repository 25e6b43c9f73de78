services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: homestead
      POSTGRES_PASSWORD: homestead ⟦D dc-pg⟧
    ports: ["5432:5432"]
  redis:
    image: redis:7
  web:
    build: .
    command: ./manage.py runserver 0.0.0.0:8000
    env_file: .env
    environment:
      DATABASE_URL: postgres://homestead:homestead@db:5432/homestead ⟦D dc-db-url⟧
    depends_on: [db, redis]
  worker:
    build: .
    command: celery -A homestead worker -Q default,mls,feeds -l info
    env_file: .env
  mailhog:
    image: mailhog/mailhog
    ports: ["8025:8025"]
