"""Push landlord leads into Salesforce (sales team works them there)."""
from simple_salesforce import Salesforce

SF_USERNAME = "integration@homestead-rentals.com"
SF_PASSWORD = "«pwh#sf-integration»" ⟦S sf-password⟧
SF_SECURITY_TOKEN = "«sf_token#integration»" ⟦S sf-token⟧
SF_CONSUMER_KEY = "«sf_consumer#connected-app»" ⟦S sf-consumer-key⟧
SF_CONSUMER_SECRET = "«hex:64#sf-consumer-secret»" ⟦S sf-consumer-secret⟧


def client() -> Salesforce:
    return Salesforce(
        username=SF_USERNAME,
        password=SF_PASSWORD,
        security_token=SF_SECURITY_TOKEN,
        consumer_key=SF_CONSUMER_KEY,
        consumer_secret=SF_CONSUMER_SECRET,
    )


def push_lead(landlord) -> str:
    res = client().Lead.create({"LastName": landlord.last_name, "Company": landlord.company or "Individual", "Email": landlord.email, "LeadSource": "Homestead"})
    return res["id"]
