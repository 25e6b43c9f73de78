{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "«uuid#cell-md1»",
   "metadata": {},
   "source": [
    "# Nordmart demand EDA\n",
    "\n",
    "Weekly seasonality, promo lift and stock-outs for the top 500 SKUs. Data: `ANALYTICS.MARTS.FCT_SALES_DAILY`."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "«uuid#cell-imports»", ⟦D nb1-cell-id⟧
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "import matplotlib.pyplot as plt\n",
    "from sqlalchemy import create_engine\n",
    "import wandb\n",
    "\n",
    "os.environ[\"WANDB_API_KEY\"] = \"«hex:40#wandb-tomas»\"\n", ⟦S nb1-wandb⟧
    "wandb.login()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "«uuid#cell-engine»",
   "metadata": {},
   "outputs": [
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "wandb: Currently logged in as: tomas-tidewater (tidewater). Use `wandb login --relogin` to force relogin\n"
     ]
    }
   ],
   "source": [
    "engine = create_engine(\n",
    "    \"snowflake://TOMAS_ORTEGA:«pwu#tomas-sf»@tw48213.eu-west-1/ANALYTICS/MARTS?warehouse=DEV_WH&role=TRANSFORMER\"\n", ⟦S nb1-sf-url⟧
    ")\n",
    "df = pd.read_sql(\"select * from fct_sales_daily where retailer_id = 'nordmart' and sold_on >= '2023-01-01'\", engine)\n",
    "df.shape"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "«uuid#cell-plot»",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "«png_b64:240#nb1-plot»", ⟦D nb1-png⟧
      "text/plain": [
       "<Figure size 1200x400 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "weekly = df.groupby(pd.Grouper(key=\"sold_on\", freq=\"W\"))[\"units\"].sum()\n",
    "weekly.plot(figsize=(12, 4), title=\"Nordmart weekly units\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "«uuid#cell-run»",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "run id: «hex:32#nb1-mlflow-run»\n", ⟦D nb1-run-id⟧
      "artifact: s3://tidewater-mlflow/3/«hex:32#nb1-mlflow-run»/artifacts/eda\n"
     ]
    }
   ],
   "source": [
    "import mlflow\n",
    "with mlflow.start_run(run_name=\"nordmart-eda\") as run:\n",
    "    mlflow.log_metric(\"promo_lift\", 0.183)\n",
    "    print(\"run id:\", run.info.run_id)\n",
    "    print(\"artifact:\", run.info.artifact_uri + \"/eda\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "name": "python",
   "version": "3.11.7"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
