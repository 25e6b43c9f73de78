# Kroeger Redshift spike

- Cluster: `kroeger-dwh.c9x2abcdfe1k.eu-central-1.redshift.amazonaws.com:5439`, database `dwh` ⟦D rs-endpoint⟧
- We got the admin user for two weeks: `awsuser` / `«pwh#kroeger-awsuser»` (Jan from their BI team said they will ⟦S rs-notes-password⟧
  reset it after the pilot).
- COPY from their exchange bucket works (see `copy_sales.sql`), 18 M rows in 2m40s on 2x ra3.xlplus.
- UNLOAD of our forecasts back to `s3://kroeger-dwh-exchange/tidewater/forecasts/` still to do (needs their bucket policy).
- Open: they want row-level security per region; Redshift RLS policies need a separate role per region.
