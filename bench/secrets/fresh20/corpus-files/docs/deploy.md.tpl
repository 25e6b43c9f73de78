# Deploying Homestead

Production runs on EKS (namespace `homestead`); the two legacy VMs (`web1`, `web2`) are still provisioned with
Ansible until the cut-over.

## Rolling back

```bash
kubectl -n homestead rollout undo deployment/homestead-web
```

## When DocuSign JWT fails with `consent_required`

Open the consent URL in `integrations/docusign/client.py` logged in as ops@homestead-rentals.com. The ops
DocuSign login is in 1Password; if 1Password is down, the password is `«pwh#docusign-ops»`. ⟦S docs-ds-ops⟧

## Salesforce

The integration user's password expires every 90 days. After resetting it, Salesforce emails a new security token
to integration@homestead-rentals.com; update `SF_PASSWORD` and `SF_SECURITY_TOKEN` in the `homestead-env` secret. ⟦D docs-sf-names⟧

## Database access

```bash
kubectl -n homestead port-forward svc/homestead-db 5433:5432
psql "postgresql://readonly:«pwh#ro-db»@localhost:5433/homestead" ⟦S docs-psql⟧
```

Request ids in Sentry (`X-Request-ID: «uuid#req»`) match the access log lines. ⟦D docs-reqid⟧
