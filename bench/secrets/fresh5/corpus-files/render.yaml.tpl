services:
  - type: web
    name: munchly-api
    runtime: docker
    region: frankfurt
    plan: standard
    healthCheckPath: /health
    envVars:
      - fromGroup: munchly-prod
      - key: DATABASE_URL
        fromDatabase: { name: munchly-db, property: connectionString }
      - key: JWT_SECRET
        generateValue: true
      - key: STRIPE_SECRET_KEY
        sync: false
      - key: TWILIO_AUTH_TOKEN
        sync: false
  - type: worker
    name: munchly-queues
    runtime: docker
    dockerCommand: node dist/worker.js
    envVars:
      - fromGroup: munchly-prod
      - key: BULLMQ_PREFIX
        value: munchly
      - key: ONFLEET_API_KEY
        value: «hex:32#onfleet»   ⟦S s-render-onfleet⟧
  - type: redis
    name: munchly-redis
    ipAllowList: []
databases:
  - name: munchly-db
    databaseName: munchly_prod
    user: munchly_app
