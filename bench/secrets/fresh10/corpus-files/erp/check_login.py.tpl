"""Quick check that an Odoo account can log in over XML-RPC (used during the handover, March 2024).

    python3 erp/check_login.py
"""
import xmlrpc.client

URL = "https://erp.maisonverte.fr"
common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
print("server", common.version()["server_version"])
uid = common.authenticate("maisonverte-prod", "sophie@maisonverte.fr", "«weak#sophie-odoo»", {}) ⟦S ck-auth⟧
print("uid", uid or "LOGIN FAILED")
