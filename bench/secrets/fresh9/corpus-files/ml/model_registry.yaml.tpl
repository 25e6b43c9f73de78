# What is deployed where. Updated by hand after each promotion; the API refuses to load a model whose digest differs.
models:
  lgbm-nordmart:
    version: 14
    mlflow_run: «hex:32#reg-lgbm-nordmart» ⟦D reg-run-nordmart⟧
    sha256: «sha256#reg-lgbm-nordmart-blob» ⟦D reg-sha-nordmart⟧
    stage: production
  lgbm-hafenkauf:
    version: 6
    mlflow_run: «hex:32#reg-lgbm-hafenkauf»
    sha256: «sha256#reg-lgbm-hafenkauf-blob» ⟦D reg-sha-hafenkauf⟧
    stage: production
  chronos-t5-small-retail:
    source: hf://tidewater/chronos-t5-small-retail
    revision: «sha1#chronos-retail-rev» ⟦D reg-hf-rev⟧
    stage: staging
