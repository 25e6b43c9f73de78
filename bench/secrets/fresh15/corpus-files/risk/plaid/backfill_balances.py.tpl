"""One-off: backfill balances for businesses onboarded before the nightly job existed (ticket RISK-212).

Run from a laptop with prod read access:  python -m risk.plaid.backfill_balances
"""
import csv
import sys

import plaid
from plaid.api import plaid_api
from plaid.model.accounts_balance_get_request import AccountsBalanceGetRequest

cfg = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={
        "clientId": "«plaid_client#main»",
        "secret": "«plaid_secret#prod-v1»", ⟦S bf-plaid-secret⟧
    },
)
api = plaid_api.PlaidApi(plaid.ApiClient(cfg))

# the two businesses whose items broke during the migration; tokens copied from the admin panel
ITEMS = {
    "biz_01HV3K8M2Q": "«plaid_access#bluebird»", ⟦S bf-access-1⟧
    "biz_01HV3K9Z7T": "«plaid_access#northwind»", ⟦S bf-access-2⟧
}

out = csv.writer(sys.stdout)
out.writerow(["business_id", "account_id", "available", "current"])
for biz, token in ITEMS.items():
    for a in api.accounts_balance_get(AccountsBalanceGetRequest(access_token=token))["accounts"]:
        out.writerow([biz, a["account_id"], a["balances"]["available"], a["balances"]["current"]])
