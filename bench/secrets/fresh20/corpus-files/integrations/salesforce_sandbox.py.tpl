"""Sandbox org for testing the lead flow without polluting production (WIP)."""
from simple_salesforce import Salesforce

sandbox = Salesforce(
    username="integration@homestead-rentals.com.uat",
    password="«pwh#sf-sandbox»", ⟦S sfsb-password⟧
    security_token="«sf_token#sandbox»", ⟦S sfsb-token⟧
    domain="test",
)
