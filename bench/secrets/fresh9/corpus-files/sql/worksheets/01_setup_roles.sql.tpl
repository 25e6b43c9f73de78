-- Snowflake account tw48213 (eu-west-1). Run as SECURITYADMIN / SYSADMIN, in order.
-- Worksheet saved from Snowsight on 2024-01-08 so we have a record of what exists.

use role sysadmin;
create warehouse if not exists TRANSFORM_WH warehouse_size = 'XSMALL' auto_suspend = 60 auto_resume = true;
create warehouse if not exists DEV_WH warehouse_size = 'XSMALL' auto_suspend = 60 auto_resume = true;
create database if not exists RAW;
create database if not exists ANALYTICS;

use role securityadmin;
create role if not exists LOADER;
create role if not exists TRANSFORMER;
create role if not exists REPORTER;

grant usage on warehouse TRANSFORM_WH to role TRANSFORMER;
grant all on database RAW to role LOADER;
grant usage on database RAW to role TRANSFORMER;
grant all on database ANALYTICS to role TRANSFORMER;

create user if not exists SVC_AIRFLOW
  password = '«pwh#svc-airflow»' ⟦S sf-user-airflow⟧
  default_role = LOADER
  default_warehouse = TRANSFORM_WH
  must_change_password = false;
grant role LOADER to user SVC_AIRFLOW;

create user if not exists SVC_METABASE password = '«pwr#sf-metabase»' default_role = REPORTER must_change_password = false; ⟦S sf-user-metabase⟧
grant role REPORTER to user SVC_METABASE;

-- humans: SSO only, no passwords
create user if not exists TOMAS_ORTEGA login_name = 'tomas@tidewater.ai' default_role = TRANSFORMER;
create user if not exists INES_VOGEL login_name = 'ines@tidewater.ai' default_role = SYSADMIN;

-- last run: query id «sf_qid#setup-roles», 14 statements, 0 errors ⟦D sf-qid-roles⟧
