# Carebridge platform

Backend services, infrastructure and apps for Carebridge virtual visits.

## Layout

| path | what |
|------|------|
| `services/scheduling` | appointments, provider availability (gRPC, Postgres) |
| `services/video` | visit rooms: Twilio Video, Vonage as fallback |
| `services/billing` | copays and subscriptions through Stripe |
| `services/ehr` | Epic / Cerner FHIR backend services, Redox, Health Gorilla labs |
| `infra/` | Terraform modules + Terragrunt live config (AWS us-east-1) |
| `k8s/`, `argocd/` | manifests; secrets are SOPS-encrypted with age (see `.sops.yaml`) |
| `ios/`, `android/` | patient apps |
| `admin/` | React admin console for clinic staff |

## Local development

```sh
cp .env.example .env          # fill in your own sandbox keys, never production ones
docker compose up -d postgres
go run ./services/scheduling --config services/scheduling/config.yaml
```

The local database user is `carebridge` with password `carebridge` (docker only). ⟦D readme-localpw⟧
Seeded clinician for local testing: `dr.test@carebridge.local` — password is set by `make seed`, see the migration.

Sandbox credentials (Twilio test account, Stripe test mode, Epic sandbox) are in 1Password, vault "Eng - Sandbox".
Do not paste PHI into issues or Slack. Use the synthetic patients in `services/ehr/testdata`.

## Secrets

Kubernetes secrets live in `k8s/overlays/*/secrets.enc.yaml` and are encrypted with SOPS. To edit:

```sh
export SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt
sops k8s/overlays/prod/secrets.enc.yaml
```
