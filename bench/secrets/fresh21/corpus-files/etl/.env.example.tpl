SF_USERNAME=integration@openharbor.org
SF_PASSWORD= ⟦D envex-sf-password⟧
SF_SECURITY_TOKEN=<from Salesforce: Settings > Reset My Security Token> ⟦D envex-sf-token⟧
AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.xxxxxxxx ⟦D envex-airtable⟧
MAILCHIMP_API_KEY=your-mailchimp-key-us21 ⟦D envex-mailchimp⟧
WAREHOUSE_DSN=postgresql://etl:password@localhost:5433/donors ⟦D envex-wh⟧
GOOGLE_APPLICATION_CREDENTIALS=./credentials/warehouse-sa.json
DRY_RUN=1
