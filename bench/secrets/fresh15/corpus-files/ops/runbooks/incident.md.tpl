# Incident runbook

Severity is set by the on-call (PagerDuty service "Ledger - Prod"). SEV1: money moved wrong or not at all, card
auths failing (> 2% declines with reason `ISSUER_TIMEOUT`), sponsor-bank file rejected after cut-off.

## 1. Card authorizations timing out

1. Datadog dashboard "card-auth / JIT": look at `card_auth.decision.latency` p99 and `ledger.grpc.errors`.
2. If the ledger is slow, flip card-auth to stand-in mode (approves under the per-card stand-in limit):

       kubectl -n prod set env deploy/card-auth STAND_IN=1

3. Tell the issuer's support in `#ext-lithic-ledgerline` if their stream is lagging.

## 2. ACH file rejected by the sponsor bank

The bank emails ach-ops@ and calls the on-call number. Look at the return file first:

    sftp -i ~/.ssh/ledgerline_ach_ed25519 ledgerline_ach@sftp.firstcontinental-bank.com:/outbound/returns

Common causes: batch header company ID mismatch (must be `1872345601`), file ID modifier reused the same day, ⟦D rb-company-id⟧
hash total off after a manual edit. Regenerate with `mix ledger.ach.rebuild --date 2024-05-17 --modifier B`.

## 3. Ledger out of balance

Query the replica, never the primary:

    PGPASSWORD='«pwr#ledger-oncall»' psql -h ledger-prod-ro.cluster-ro-c8x2kq1vzr7d.us-east-1.rds.amazonaws.com -U oncall_ro ledger ⟦S rb-pgpassword⟧

    select book_id, sum(amount_cents) from journal_lines group by 1 having sum(amount_cents) <> 0;

If a payout is stuck in `pending_bank`, ask Modern Treasury for its status:

    curl -u «uuid#mt-org»:«mt_key#oncall» https://app.moderntreasury.com/api/payment_orders/<id> ⟦S rb-mt-curl⟧

## 4. Paging

PagerDuty escalation: on-call -> Tomás -> Priya. Events API routing key for manual pages is in 1Password
("PagerDuty / Ledger Prod"). Example payload: `{"routing_key": "<ROUTING_KEY>", "event_action": "trigger"}`. ⟦D rb-pd-placeholder⟧
