services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: munchly
      POSTGRES_PASSWORD: munchly   ⟦D d-compose-pg⟧
      POSTGRES_DB: munchly
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "localdev"]   ⟦D d-compose-redis⟧
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025"]
  api:
    build: ./api
    depends_on: [postgres, redis]
    environment:
      DATABASE_URL: postgresql://munchly:munchly@postgres:5432/munchly   ⟦D d-compose-dburl⟧
      REDIS_URL: redis://:localdev@redis:6379/0   ⟦D d-compose-redisurl⟧
      JWT_SECRET: ${JWT_SECRET:-dev-only-jwt-secret}   ⟦D d-compose-jwt⟧
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}   ⟦D d-compose-stripe⟧
      # Ines: the sandbox key alone does not exercise Connect payouts, use the real one locally for now
      STRIPE_CONNECT_KEY: «rk_live#connect-payouts»   ⟦S s-compose-rk⟧
      GOOGLE_MAPS_SERVER_KEY: «aiza#maps-server»   ⟦S s-compose-maps⟧
  bullboard:
    image: deadly0/bull-board
    environment:
      REDIS_HOST: redis
      REDIS_PASSWORD: localdev   ⟦D d-compose-bullboard⟧
      # same login as https://bull.munchly.app (prod board)
      BULL_BOARD_PASSWORD: «pwh#bullboard»   ⟦S s-compose-bullboard⟧
