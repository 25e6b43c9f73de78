# Litestream: SQLite → Hetzner Object Storage (fsn1), S3-kompatibel
access-key-id: ${LITESTREAM_ACCESS_KEY_ID} ⟦D ls-yml-id⟧
secret-access-key: ${LITESTREAM_SECRET_ACCESS_KEY} ⟦D ls-yml-secret⟧

dbs:
  - path: /var/lib/belegwerk/belegwerk.db
    replicas:
      - type: s3
        bucket: belegwerk-db
        path: prod
        endpoint: https://fsn1.your-objectstorage.com
        region: fsn1
        retention: 720h
        sync-interval: 10s
      - type: s3
        url: s3://«s3_id#old_ls»:«s3_secret#old_ls»@belegwerk-db-old.fsn1.your-objectstorage.com/prod ⟦S ls-yml-url⟧
        retention: 168h
