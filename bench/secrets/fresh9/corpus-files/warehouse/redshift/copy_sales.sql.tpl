-- Kroeger pilot: they are on Redshift (eu-central-1) and want forecasts next to their sales tables.
-- Spike only, run from the query editor as awsuser.

create schema if not exists tidewater;

create table if not exists tidewater.pos_daily (
    store_id varchar(16),
    sku varchar(32),
    sold_on date,
    units decimal(12, 2),
    revenue_eur decimal(12, 2)
) diststyle key distkey (store_id) sortkey (sold_on);

-- their bucket, their IAM user (the role trust was not set up in time for the demo)
copy tidewater.pos_daily
from 's3://kroeger-dwh-exchange/tidewater/pos/'
credentials 'aws_access_key_id=«akia#kroeger-exchange»;aws_secret_access_key=«awssecret#kroeger-exchange»' ⟦S rs-copy-credentials⟧
format as csv gzip ignoreheader 1 region 'eu-central-1';

-- what it should be once the role exists:
-- iam_role 'arn:aws:iam::«digits:12#kroeger-aws-acct»:role/tidewater-redshift-copy' ⟦D rs-iam-role⟧
