{
  "name": "m5-subset-eu",
  "description": "Public M5 (Walmart) subset re-keyed to EU calendar; used in demos and the public benchmark page",
  "license": "CC BY 4.0 (source: M5 Forecasting competition)",
  "location": "gs://tidewater-public-benchmarks/m5/", ⟦D m5-bucket⟧
  "files": [
    { "path": "sales_train.parquet", "bytes": 118204411, "sha256": "«sha256#m5-sales»" }, ⟦D m5-sha-sales⟧
    { "path": "calendar.parquet", "bytes": 41902, "sha256": "«sha256#m5-calendar»" }, ⟦D m5-sha-calendar⟧
    { "path": "prices.parquet", "bytes": 23911207, "sha256": "«sha256#m5-prices»" }
  ],
  "created": "2024-02-01T10:12:44Z",
  "dataset_id": "«uuid#m5-dataset-id»" ⟦D m5-dataset-id⟧
}
