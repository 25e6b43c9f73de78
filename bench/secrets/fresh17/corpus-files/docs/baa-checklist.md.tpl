# BAA and vendor checklist

Every vendor that stores, processes or transmits PHI needs a signed BAA before production traffic. Keep this list
current; the compliance review in Q3 will ask for it.

| vendor | PHI? | BAA | notes |
|--------|------|-----|-------|
| AWS (RDS, S3, HealthLake, KMS, Cognito) | yes | signed 2024-02-01 via AWS Artifact | only HIPAA-eligible services |
| Twilio (Video) | yes (media) | signed 2024-02-20 | no recordings, no SMS content with PHI |
| Vonage (Video API) | yes (media) | in review | fallback only until signed |
| Redox | yes | signed | |
| Health Gorilla | yes | signed | lab orders/results |
| Datadog | logs may contain PHI | signed (HIPAA-enabled org) | log scrubbing rules in ops/datadog |
| Stripe | **no** | n/a | never send diagnosis or names in metadata |
| PagerDuty | no | n/a | incident titles must not include patient data |
| Google Firebase | no | n/a | push notification bodies are generic ("You have a new message") |

## Technical safeguards we claim

- Encryption at rest with the customer-managed key `«kms_arn#phi»`. ⟦D baa-kms⟧
- Audit log of every chart access (scheduling + ehr services) retained 6 years.
- Unique user IDs; shared accounts are not allowed (the shared Twilio console login is tracked as a finding).
- Automatic logoff: 15 minutes idle in admin, 30 minutes session TTL for patients.
- Passwords: at least 12 characters, MFA required for staff. Example of a rejected password: `Password123`. ⟦D baa-example-pw⟧
