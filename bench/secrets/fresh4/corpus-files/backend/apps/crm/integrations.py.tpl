"""Sync clinic leads and tickets with the agency's tools."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Integration:
    name: str
    base_url: str
    token: str


HUBSPOT_PORTAL_ID = «digits:8#hubspot-portal»   ⟦D d-hubspot-portal⟧
HUBSPOT = Integration("hubspot", "https://api.hubapi.com", "«hubspot:eu1#crm»")   ⟦S s-hubspot⟧
SALESFORCE_CONSUMER_KEY = "«sf_consumer#crm»"   ⟦D d-sf-consumer⟧
SALESFORCE_REFRESH_TOKEN = "«sf_refresh#crm»"   ⟦S s-sf-refresh⟧
ZENDESK = Integration("zendesk", "https://carelane.zendesk.com/api/v2", "«alnum:40#zendesk»")   ⟦S s-zendesk⟧
ZENDESK_AGENT_EMAIL = "support@carelane.health/token"
INTERCOM = Integration("intercom", "https://api.intercom.io", "«intercom#crm»")   ⟦S s-intercom⟧
ASANA = Integration("asana", "https://app.asana.com/api/1.0", "«asana#ops»")   ⟦S s-asana⟧
NOTION = Integration("notion", "https://api.notion.com/v1", "«notion_secret#wiki»")   ⟦S s-notion⟧
AIRTABLE = Integration("airtable", "https://api.airtable.com/v0/appZ4k2Lq9XyPb7Rt", "«airtable#leads»")   ⟦S s-airtable⟧
JIRA = Integration("jira", "https://northbeam.atlassian.net", "«atlassian#jira»")   ⟦S s-atlassian⟧
NOTION_LEADS_DATABASE = "«hex:32#notion-db»"   ⟦D d-notion-dbid⟧
