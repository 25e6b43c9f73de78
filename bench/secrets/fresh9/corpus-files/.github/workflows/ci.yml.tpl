name: ci
on:
  pull_request:
  push:
    branches: [main]

jobs:
  dbt:
    runs-on: ubuntu-latest
    env:
      DBT_PROFILES_DIR: dbt
      DBT_CI_SNOWFLAKE_PASSWORD: ${{ secrets.DBT_CI_SNOWFLAKE_PASSWORD }} ⟦D ci-secrets-ref⟧
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 ⟦D ci-action-sha⟧
      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v5.0.0
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: cd dbt && dbt deps && dbt build --target ci

  bigquery-export:
    runs-on: ubuntu-latest
    needs: dbt
    if: github.ref == 'refs/heads/main'
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: google-github-actions/auth@v2
        with:
          credentials_json: ${{ secrets.GCP_SA_KEY }} ⟦D ci-gcp-secret⟧
      - run: bq ls tidewater-prod:forecasts_export

  model-smoke:
    runs-on: ubuntu-latest
    env:
      # read-only token of the tidewater-ci HF account, only for the private chronos fork
      HF_TOKEN: «hf#ci-readonly» ⟦S ci-hf-token⟧
      WANDB_MODE: disabled
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - run: pip install -r ml/requirements.txt && python -m ml.smoke
