"""Tests for the Odoo connector against a fake XML-RPC server (no Odoo needed)."""
import threading
import unittest
from unittest import mock
from xmlrpc.server import SimpleXMLRPCServer

from erp import odoo_sync

FAKE_API_KEY = "test-api-key-not-real" ⟦D ts-key⟧


class FakeOdoo:
    def __init__(self):
        self.created = []

    def authenticate(self, db, login, password, _ctx):
        return 7 if password == FAKE_API_KEY else False

    def execute_kw(self, db, uid, password, model, method, args, kwargs=None):
        if method == "search":
            return []
        if method == "create":
            self.created.append((model, args[0]))
            return len(self.created)
        return []


class SyncTest(unittest.TestCase):
    def setUp(self):
        self.fake = FakeOdoo()
        self.server = SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
        self.server.register_instance(self.fake)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        port = self.server.server_address[1]
        self.patches = [
            mock.patch.object(odoo_sync, "URL", f"http://127.0.0.1:{port}/xmlrpc/2"),
            mock.patch.object(odoo_sync, "API_KEY", FAKE_API_KEY),
        ]
        for p in self.patches:
            p.start()

    def tearDown(self):
        for p in self.patches:
            p.stop()
        self.server.shutdown()

    def test_push_creates_partner_and_order(self):
        order = {
            "email": "jeanne.martin@example.com",
            "name": "Jeanne Martin",
            "increment_id": "100004512",
            "lines": [{"odoo_product_id": 42, "qty": 1, "price": 34.9}],
        }
        uid, models = odoo_sync.connect()
        odoo_sync.push_orders(uid, models, [order])
        self.assertEqual([m for m, _ in self.fake.created], ["res.partner", "sale.order"])


if __name__ == "__main__":
    unittest.main()
