"""Train the per-retailer global LightGBM model and register it in MLflow.

    python -m ml.train --retailer nordmart --horizon 28
"""
from __future__ import annotations

import argparse
import os

import lightgbm as lgb
import mlflow
import pandas as pd
import wandb

FEATURES = ["dow", "week", "promo_depth", "price_idx", "temp_max", "precip_mm", "lag_7", "lag_28", "roll_mean_28"]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--retailer", required=True)
    p.add_argument("--horizon", type=int, default=28)
    args = p.parse_args()

    mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])  # basic auth via MLFLOW_TRACKING_USERNAME/PASSWORD ⟦D train-tracking-env⟧
    mlflow.set_experiment(f"forecast-{args.retailer}")
    wandb.init(project="demand-forecast", entity="tidewater", config=vars(args))

    df = pd.read_parquet(f"gs://tidewater-features/{args.retailer}/store_day.parquet")
    train, valid = df[df.day < df.day.max() - pd.Timedelta(days=args.horizon)], df.tail(args.horizon * 40)
    params = {"objective": "tweedie", "tweedie_variance_power": 1.2, "learning_rate": 0.05, "num_leaves": 63}
    with mlflow.start_run():
        model = lgb.train(params, lgb.Dataset(train[FEATURES], train.units), 2000,
                          valid_sets=[lgb.Dataset(valid[FEATURES], valid.units)],
                          callbacks=[lgb.early_stopping(100)])
        mlflow.lightgbm.log_model(model, "model", registered_model_name=f"lgbm-{args.retailer}")
        wandb.log({"best_iteration": model.best_iteration})


if __name__ == "__main__":
    main()
