-- external stages for retailer drops and public reference data
use role sysadmin;
use database RAW;
create schema if not exists POS;

create or replace file format RAW.POS.CSV_GZ type = csv compression = gzip skip_header = 1 field_optionally_enclosed_by = '"';

-- Azure: the customers' inbox container in our lake account. SAS is read+list, expires 2026.
create or replace stage RAW.POS.NORDMART_STAGE
  url = 'azure://tidewaterlake.blob.core.windows.net/inbox-nordmart/pos/'
  credentials = (azure_sas_token = '?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:00:00Z&st=2024-01-08T09:00:00Z&spr=https&sig=«sas_sig#stage-nordmart»') ⟦S sf-stage-sas⟧
  file_format = RAW.POS.CSV_GZ;

-- NOAA daily weather: public bucket, no credentials needed
create or replace stage RAW.REF.NOAA_GHCN url = 's3://noaa-ghcn-pds/csv/by_year/' file_format = (type = csv); ⟦D sf-stage-noaa⟧

-- one-off backfill of Hafenkauf's history from their S3 export (they gave us an IAM user for it)
copy into RAW.POS.HAFENKAUF_DAILY
  from 's3://hafenkauf-data-exports/tidewater/2023/'
  credentials = (aws_key_id = '«akia#hafenkauf»' aws_secret_key = '«awssecret#hafenkauf»') ⟦S sf-copy-aws⟧
  file_format = (format_name = RAW.POS.CSV_GZ)
  on_error = 'skip_file';

-- result: 366 files, 41,228,906 rows, query id «sf_qid#copy-hafenkauf» ⟦D sf-qid-copy⟧
