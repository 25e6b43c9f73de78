# staging values for running the Go allocator and the web shop against the shared staging DB
DATABASE_URL=postgres://skyraid_app:«pwh#staging-db»@34.141.20.17:5432/skyraid?sslmode=require ⟦S env-db⟧
REDIS_URL=redis://default:«pwr#redis-staging»@10.20.0.9:6379/0 ⟦S env-redis⟧
PLAYFAB_TITLE_ID=«playfab_title#staging» ⟦D env-pf-title⟧
PLAYFAB_SECRET_KEY=«playfab_secret#staging» ⟦S env-pf-secret⟧
NAKAMA_HTTP_KEY=«nakama_key#http-staging» ⟦S env-nk-http⟧
LOG_LEVEL=debug
