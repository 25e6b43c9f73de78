"""Settings for the donor sync, all from the environment (/etc/openharbor/etl.env on the VPS)."""
import os

SF_USERNAME = os.environ.get("SF_USERNAME", "integration@openharbor.org")
SF_PASSWORD = os.environ["SF_PASSWORD"]  ⟦D sf-password-env⟧
SF_SECURITY_TOKEN = os.environ["SF_SECURITY_TOKEN"]  ⟦D sf-token-env⟧
SF_DOMAIN = os.environ.get("SF_DOMAIN", "login")

SF_CONSUMER_KEY = os.environ.get("SF_CONSUMER_KEY", "")

AIRTABLE_TOKEN = os.environ.get("AIRTABLE_TOKEN", "«airtable#volunteers»")  ⟦S airtable-pat⟧
AIRTABLE_BASE = "«air_base#vol»"  ⟦D airtable-base⟧
AIRTABLE_VOLUNTEERS_TABLE = "«air_tbl#vol»"  ⟦D airtable-table⟧

MAILCHIMP_API_KEY = "«mailchimp:us21#main»"  # TODO env ⟦S mailchimp-key⟧
MAILCHIMP_SERVER = "us21"
MAILCHIMP_AUDIENCE_ID = "«hex:10#audience»"  ⟦D mc-audience⟧

WAREHOUSE_DSN = os.environ["WAREHOUSE_DSN"]

BATCH_SIZE = int(os.environ.get("BATCH_SIZE", "200"))
DRY_RUN = os.environ.get("DRY_RUN", "0") == "1"
