# Secrets for Kamal: read from the environment or 1Password, never written here
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD ⟦D kamal-env⟧
RAILS_MASTER_KEY=$(cat config/master.key) ⟦D kamal-cat⟧
DATABASE_PASSWORD=$(op read "op://Portal/postgres-prod/password") ⟦D kamal-op⟧
METABASE_DB_PASSWORD=«pwr#kamal-mb» ⟦S kamal-mb⟧
