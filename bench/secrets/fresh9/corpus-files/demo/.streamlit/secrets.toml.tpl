[connections.snowflake]
account = "tw48213.eu-west-1"
user = "SVC_DEMO"
password = "«pwh#svc-demo»" ⟦S st-sf-password⟧
role = "REPORTER"
warehouse = "DEV_WH"
database = "ANALYTICS"
schema = "DEMO"

[gcp_service_account]
type = "service_account"
project_id = "tidewater-prod"
private_key_id = "«hex:40#sa-demo-kid»"
private_key = "«pem_rsa_json#sa-demo»" ⟦S st-gcp-private-key⟧
client_email = "streamlit-demo@tidewater-prod.iam.gserviceaccount.com"
client_id = "«digits:21#sa-demo-client»"
token_uri = "https://oauth2.googleapis.com/token"
