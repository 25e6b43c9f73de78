"""Copy volunteer hours from the Airtable base into Salesforce (npsp Volunteer Hours)."""
from pyairtable import Api

import config
from sync_donors import salesforce


def main() -> None:
    table = Api(config.AIRTABLE_TOKEN).table(config.AIRTABLE_BASE, config.AIRTABLE_VOLUNTEERS_TABLE)
    sf = salesforce()
    for rec in table.all(formula="AND({Synced} = 0, {Hours} > 0)"):
        f = rec["fields"]
        sf.GW_Volunteers__Volunteer_Hours__c.create({
            "GW_Volunteers__Contact__c": f["Salesforce Id"],
            "GW_Volunteers__Hours_Worked__c": f["Hours"],
            "GW_Volunteers__Status__c": "Completed",
        })
        table.update(rec["id"], {"Synced": True})


if __name__ == "__main__":
    main()
