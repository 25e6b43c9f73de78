tidewater:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: tw48213.eu-west-1
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      authenticator: externalbrowser
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: DEV_WH
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
    ci:
      type: snowflake
      account: tw48213.eu-west-1
      user: SVC_DBT_CI
      password: "{{ env_var('DBT_CI_SNOWFLAKE_PASSWORD') }}" ⟦D dbt-ci-envvar⟧
      role: TRANSFORMER
      database: ANALYTICS_CI
      warehouse: CI_WH
      schema: "ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
      threads: 8
    prod:
      type: snowflake
      account: tw48213.eu-west-1
      user: SVC_DBT
      # key-pair auth since April; the key is keys/snowflake/rsa_key.p8 (encrypted)
      private_key_path: "{{ env_var('DBT_PROJECT_ROOT', '.') }}/../keys/snowflake/rsa_key.p8" ⟦D dbt-keypath⟧
      private_key_passphrase: "«pwh#svc_dbt»" ⟦S dbt-key-passphrase⟧
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: PUBLIC
      threads: 8
    bq:
      type: bigquery
      method: service-account
      project: tidewater-prod
      dataset: forecasts_export
      keyfile: /secrets/bq-dbt.json ⟦D dbt-bq-keyfile⟧
      location: EU
      threads: 4
