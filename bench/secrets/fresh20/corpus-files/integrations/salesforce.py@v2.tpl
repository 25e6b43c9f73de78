"""Push landlord leads into Salesforce (sales team works them there)."""
import environ
from simple_salesforce import Salesforce

env = environ.Env()


def client() -> Salesforce:
    return Salesforce(
        username=env("SF_USERNAME"),
        password=env("SF_PASSWORD"), ⟦D sf2-env⟧
        security_token=env("SF_SECURITY_TOKEN"),
        consumer_key=env("SF_CONSUMER_KEY"),
        consumer_secret=env("SF_CONSUMER_SECRET"),
    )


def push_lead(landlord) -> str:
    res = client().Lead.create({"LastName": landlord.last_name, "Company": landlord.company or "Individual", "Email": landlord.email, "LeadSource": "Homestead"})
    return res["id"]
