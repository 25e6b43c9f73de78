name: ledgerline
version: "1.4.0"
config-version: 2
profile: ledgerline

model-paths: ["models"]
seed-paths: ["seeds"]
test-paths: ["tests"]

vars:
  # surrogate keys are md5 of the natural key; this is the salt for hashing EINs in marts (not a secret: ⟦D dbt-salt-comment⟧
  # hashing is for joins, PII masking is Snowflake's masking policy)
  ein_hash_salt: "ledgerline-marts-v2" ⟦D dbt-salt⟧

models:
  ledgerline:
    staging: { +materialized: view, +schema: staging }
    marts: { +materialized: table, +schema: marts, +post-hook: "grant select on {{ this }} to role REPORTER" }
