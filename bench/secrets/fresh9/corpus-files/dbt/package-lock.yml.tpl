packages:
  - package: dbt-labs/dbt_utils
    version: 1.1.1
  - package: calogica/dbt_expectations
    version: 0.10.1
  - package: calogica/dbt_date
    version: 0.10.0
sha1_hash: «sha1#dbt-pkglock» ⟦D dbt-pkg-sha1⟧
