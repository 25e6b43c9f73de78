machine api.wandb.ai
  login user
  password «hex:40#wandb-trainer» ⟦S netrc-wandb⟧
machine mlflow.tidewater.internal
  login trainer
  password «pwr#mlflow-basic-trainer» ⟦S netrc-mlflow⟧
