# Databricks notebook source
# MAGIC %md
# MAGIC ## Feature backfill (weather x promo calendar)
# MAGIC Rebuilds `features.store_day` from the lake for a date range. Cluster: `tw-ml-14.3`.

# COMMAND ----------

dbutils.widgets.text("start", "2022-01-01")
dbutils.widgets.text("end", "2023-12-31")
start, end = dbutils.widgets.get("start"), dbutils.widgets.get("end")

# COMMAND ----------

# the workspace secret scope is not wired to the lake yet, so the account key goes straight into the session
spark.conf.set(
    "fs.azure.account.key.tidewaterlake.dfs.core.windows.net",
    "«azure_storage#lake-key1»", ⟦S dbx-lake-key⟧
)
# once the scope exists: dbutils.secrets.get(scope="tw-lake", key="account-key1") ⟦D dbx-secrets-get⟧

# COMMAND ----------

weather = spark.read.parquet("abfss://curated@tidewaterlake.dfs.core.windows.net/weather/daily/")
promos = spark.read.table("raw.pos.promo_calendar")
features = (
    weather.join(promos, ["store_id", "day"], "left")
    .where(f"day between '{start}' and '{end}'")
    .fillna({"promo_depth": 0.0})
)
features.write.mode("overwrite").option("replaceWhere", f"day between '{start}' and '{end}'").saveAsTable("features.store_day")
