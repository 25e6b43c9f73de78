# Onboarding: Nordmart Retail GmbH

Status: live since 2024-03-04 · Account owner: Priya · Technical contact at Nordmart: Lena Brandt (BI)

## 1. Data they send us

| feed | how | when |
| --- | --- | --- |
| POS daily (store × SKU × day) | CSV.gz into our Azure inbox (below) | nightly, by 02:00 CET |
| Promotions calendar | Airbyte from their ERP replica (Xmin) | hourly |
| Store master | one-off Excel, refreshed quarterly | manual |

Upload URL we gave Lena (container-scoped SAS, write+list only, valid until end of 2026):

    https://tidewaterlake.blob.core.windows.net/inbox-nordmart?sp=wl&st=2024-03-01T00:00:00Z&se=2026-12-31T23:59:59Z&spr=https&sv=2022-11-02&sr=c&sig=«sas_sig#inbox-nordmart-upload» ⟦S onb-sas-url⟧

Their SFTP (fallback while the SAS upload was being set up, still active):

- host `sftp.nordmart-retail.de`, user `tidewater`, password `«pwh#nordmart-sftp-2»` ⟦S onb-sftp-password⟧
- host key fingerprint `«ssh_fp#nordmart-sftp-host»` (verify on first connect) ⟦D onb-hostkey-fp⟧

## 2. What they get

- Forecast API: key prefix `tw_live_Qm8r…` (full key sent via 1Password share link, never by mail) ⟦D onb-key-prefix⟧
- Kafka Connect JDBC sink into their replenishment Postgres (`pg-sink-nordmart-forecasts`)
- Embedded Superset dashboard "Forecast accuracy" inside their planning portal

## 3. Checklist

- [x] DPA signed (2024-02-12)
- [x] Inbox container + SAS
- [x] API key issued, hash in `api_keys` (sha256 `«sha256#key-nordmart»`) ⟦D onb-key-sha⟧
- [ ] Move them off SFTP, then delete the SFTP user on their side
