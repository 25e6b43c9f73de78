ledgerline:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.us-east-1
      user: "{{ env_var('SNOWFLAKE_USER') }}" ⟦D dbt-user-env⟧
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}" ⟦D dbt-pw-env⟧
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORMING_XS
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
    prod:
      type: snowflake
      account: xy12345.us-east-1
      user: DBT_PROD
      authenticator: snowflake_jwt
      private_key_path: analytics/snowflake/dbt_prod_rsa_key.p8
      private_key_passphrase: "«pwh#snowflake-kp-pass»" ⟦S dbt-kp-pass⟧
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING_M
      schema: marts
      threads: 8
