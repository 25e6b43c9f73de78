#!/usr/bin/env python3
"""Odoo 16 connector: pushes paid orders from Magento/Shopify into Odoo (sale.order) and pulls stock levels back.

Runs every 10 minutes from cron on mv-app-01:  python3 -m erp.odoo_sync --since 15m

Authentication uses an Odoo API key of the connector user (Preferences > Account Security > New API Key) instead of
its password since March 2024.
"""
import argparse
import configparser
import logging
import os
import xmlrpc.client
from datetime import datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger("odoo_sync")

CONFIG = configparser.ConfigParser()
CONFIG.read(Path(__file__).with_name("config.ini"))

URL = CONFIG.get("odoo", "url", fallback="https://erp.maisonverte.fr")
DB = CONFIG.get("odoo", "db", fallback="maisonverte-prod")
LOGIN = CONFIG.get("odoo", "login", fallback="connector@maisonverte.fr")
API_KEY = os.environ.get("ODOO_API_KEY", "«odoo_key#connector»") ⟦S od2-key⟧


def connect():
    common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
    uid = common.authenticate(DB, LOGIN, API_KEY, {})
    if not uid:
        raise SystemExit("Odoo login failed for %s" % LOGIN)
    models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object", allow_none=True)
    return uid, models


def call(models, uid, model, method, *args, **kwargs):
    return models.execute_kw(DB, uid, API_KEY, model, method, list(args), kwargs)


def push_orders(uid, models, orders):
    for order in orders:
        partner = call(models, uid, "res.partner", "search", [("email", "=", order["email"])], limit=1)
        if not partner:
            partner = [call(models, uid, "res.partner", "create", {"name": order["name"], "email": order["email"]})]
        call(models, uid, "sale.order", "create", {
            "partner_id": partner[0],
            "client_order_ref": order["increment_id"],
            "order_line": [(0, 0, {"product_id": l["odoo_product_id"], "product_uom_qty": l["qty"], "price_unit": l["price"]}) for l in order["lines"]],
        })
        log.info("pushed %s", order["increment_id"])


def pull_stock(uid, models):
    quants = call(models, uid, "stock.quant", "search_read", [("location_id.usage", "=", "internal")], fields=["product_id", "quantity"])
    return {q["product_id"][0]: q["quantity"] for q in quants}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="15m")
    ap.add_argument("--stock", action="store_true")
    args = ap.parse_args()
    minutes = int(args.since.rstrip("m"))
    since = datetime.now(timezone.utc) - timedelta(minutes=minutes)
    uid, models = connect()
    if args.stock:
        from erp.sources import update_stock  # noqa: E402
        update_stock(pull_stock(uid, models))
        return
    from erp.sources import paid_orders_since  # noqa: E402 (slow import, only when running)
    push_orders(uid, models, paid_orders_since(since))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main()
