SF_USERNAME=integration@openharbor.org
SF_PASSWORD=«pwh#sf-integration» ⟦S env-sf-password⟧
SF_SECURITY_TOKEN=«sf_token#prod» ⟦S env-sf-token⟧
AIRTABLE_TOKEN=«airtable#volunteers» ⟦S env-airtable⟧
MAILCHIMP_API_KEY=«mailchimp:us21#main» ⟦S env-mailchimp⟧
WAREHOUSE_DSN=postgresql://etl:«pwu#warehouse-v1»@localhost:5433/donors ⟦S env-wh⟧
GOOGLE_APPLICATION_CREDENTIALS=./credentials/warehouse-sa.json
DRY_RUN=1
