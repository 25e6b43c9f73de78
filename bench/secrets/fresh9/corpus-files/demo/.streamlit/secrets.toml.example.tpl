# Streamlit Community Cloud: paste into the app's Secrets box. Locally: copy to secrets.toml (gitignored).
[connections.snowflake]
account = "tw48213.eu-west-1"
user = "SVC_DEMO"
password = "<from 1Password: Snowflake SVC_DEMO>" ⟦D stex-password⟧
role = "REPORTER"
warehouse = "DEV_WH"
database = "ANALYTICS"
schema = "DEMO"

[gcp_service_account]
# the JSON key of streamlit-demo@tidewater-prod, field by field
private_key = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n" ⟦D stex-private-key⟧
