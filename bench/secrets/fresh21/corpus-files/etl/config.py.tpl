"""Settings for the donor sync. Tomás: I'll move these to env once the VPS is set up."""
import os

SF_USERNAME = "integration@openharbor.org"
SF_PASSWORD = "«pwh#sf-integration»"  ⟦S sf-password⟧
SF_SECURITY_TOKEN = "«sf_token#prod»"  ⟦S sf-token⟧
SF_DOMAIN = "login"  # "test" for the partial sandbox

# connected app "Open Harbor ETL" (JWT flow later)
SF_CONSUMER_KEY = "«sf_consumer#etl»"  ⟦S sf-consumer⟧

AIRTABLE_TOKEN = "«airtable#volunteers»"  ⟦S airtable-pat⟧
AIRTABLE_BASE = "«air_base#vol»"  ⟦D airtable-base⟧
AIRTABLE_VOLUNTEERS_TABLE = "«air_tbl#vol»"  ⟦D airtable-table⟧

MAILCHIMP_API_KEY = "«mailchimp:us21#main»"  ⟦S mailchimp-key⟧
MAILCHIMP_SERVER = "us21"
MAILCHIMP_AUDIENCE_ID = "«hex:10#audience»"  ⟦D mc-audience⟧

WAREHOUSE_DSN = os.environ.get("WAREHOUSE_DSN", "postgresql://etl:«pwu#warehouse-v1»@warehouse.internal.openharbor.org:5432/donors")  ⟦S wh-dsn-v1⟧

BATCH_SIZE = 200
DRY_RUN = os.environ.get("DRY_RUN", "0") == "1"
