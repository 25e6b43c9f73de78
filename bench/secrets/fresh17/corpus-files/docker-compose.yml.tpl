services:
  postgres:
    image: postgres:16.2@sha256:«sha256#pgimg» ⟦D compose-digest⟧
    environment:
      POSTGRES_USER: carebridge
      POSTGRES_PASSWORD: carebridge ⟦D compose-localpw⟧
      POSTGRES_DB: carebridge
    ports: ["5432:5432"]
  localstack:
    image: localstack/localstack:3.4
    environment:
      SERVICES: s3,kms,healthlake
      AWS_ACCESS_KEY_ID: test ⟦D compose-lsid⟧
      AWS_SECRET_ACCESS_KEY: test ⟦D compose-lssecret⟧
    ports: ["4566:4566"]
