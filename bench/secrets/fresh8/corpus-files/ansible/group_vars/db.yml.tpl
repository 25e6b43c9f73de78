---
mssql_sa_password: "{{ vault_mssql_sa_password }}"   ⟦D ans-sa-ref⟧
mssql_backup_share: \\nas-backup.werkbank.local\sql
pg_hba_entries:
  - { type: hostssl, database: werkbank_mes, user: mes, address: 10.20.0.0/16, method: scram-sha-256 }
  - { type: hostssl, database: werkbank_mes, user: grafana_ro, address: 10.20.0.40/32, method: scram-sha-256 }
# pg_authid-Hash des Lesebenutzers für Grafana (wird per ALTER ROLE ... PASSWORD gesetzt)
pg_grafana_ro_hash: "SCRAM-SHA-256$4096:«b64:16#scram-salt»$«b64:32#scram-stored»:«b64:32#scram-server»"   ⟦D ans-scram⟧
