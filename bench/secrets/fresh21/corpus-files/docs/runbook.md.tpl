# Runbook

## Rotating a credential

1. Generate the new value at the provider (Salesforce: *Reset My Security Token*; Mailchimp: *Account > Extras > API keys*).
2. Put it in Bitwarden and in `/etc/openharbor/etl.env` on vps1: `SF_SECURITY_TOKEN=<new token>` ⟦D rb-sf-token⟧
3. `sudo systemctl restart oh-etl.timer` is not a thing — the ETL runs from cron, so just wait or run it by hand:
   `sudo -u etl bash -c 'set -a; . /etc/openharbor/etl.env; cd /opt/openharbor/etl && ./venv/bin/python sync_donors.py'`
4. Revoke the old value.

## CiviCRM cron

The VPS calls `https://openharbor.org/civicrm/cron?key=$CIVICRM_SITE_KEY&name=cron-bot&pass=$CRON_BOT_PASSWORD`. ⟦D rb-civi-cron⟧
If it stops, check the site key in civicrm.settings.php matches `/etc/openharbor/civi.env`.

## DNS (for reference)

DKIM for the Google Workspace domain (public key, safe to publish):

    google._domainkey.openharbor.org TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«b64:180#dkim»" ⟦D rb-dkim⟧

SPF: `v=spf1 include:_spf.google.com include:mailgun.org include:servers.mcsv.net ~all`

## Stripe webhooks

Endpoint: `https://openharbor.org/oh-donate/stripe/webhook`, events `checkout.session.completed`, `charge.refunded`.
The signing secret is `STRIPE_WEBHOOK_SECRET` in settings.php via env (`whsec_...` from the dashboard). ⟦D rb-whsec⟧
Last delivery we debugged: evt_«alnum:24#evt» (request req_«alnum:14#req»). ⟦D rb-evt⟧
