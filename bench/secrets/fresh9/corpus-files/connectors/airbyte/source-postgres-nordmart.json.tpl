{
  "sourceDefinitionId": "decd338e-5647-4c0b-adf4-da0e75f5a750", ⟦D airbyte-def-id⟧
  "workspaceId": "«uuid#airbyte-workspace»", ⟦D airbyte-workspace⟧
  "name": "nordmart-erp-replica",
  "connectionConfiguration": {
    "host": "10.64.3.21",
    "port": 5432,
    "database": "erp",
    "schemas": ["inventory", "promotions"],
    "username": "tidewater_ro",
    "password": "«pwh#nordmart-erp-ro»", ⟦S airbyte-password⟧
    "ssl_mode": { "mode": "require" },
    "replication_method": { "method": "Xmin" },
    "tunnel_method": {
      "tunnel_method": "SSH_KEY_AUTH",
      "tunnel_host": "bastion.nordmart-retail.de",
      "tunnel_port": 22,
      "tunnel_user": "tidewater",
      "ssh_key": "${NORDMART_BASTION_KEY}" ⟦D airbyte-ssh-placeholder⟧
    }
  }
}
