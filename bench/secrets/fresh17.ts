/**
 * Seventeenth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh17.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Carebridge", a HIPAA-minded telemedicine start-up of ten
 * engineers: Go gRPC microservices (config structs with envconfig/viper, main.go flags) for scheduling, video
 * (Twilio Video, Vonage fallback), billing (Stripe) and EHR integration (Epic/Cerner FHIR backend-services client
 * with a JWT private-key assertion, Redox, Health Gorilla); AWS (HealthLake, S3, KMS, Cognito) in Terraform and
 * Terragrunt; Argo CD and Kubernetes manifests with SOPS-encrypted files next to plaintext ones; Datadog and
 * PagerDuty; an iOS Swift app (Info.plist, GoogleService-Info.plist, xcconfig, constants), an Android Kotlin app
 * (gradle.properties, local.properties, google-services.json), a React admin front end (.env files, webpack
 * DefinePlugin), Postgres migrations with a seeded clinician, on-call notes, an incident postmortem, a BAA checklist
 * and a README. The templates are in bench/secrets/fresh17/corpus-files/ (plain text, read at run time). It was
 * written by an author who did not read launchready's rules, engine, tests, or the earlier corpora's templates, and
 * nobody tunes on it: its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them; commit messages as
 * `COMMIT_MSG`), `decoy` lines and unlabelled lines must not.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh17/gen.js';
import { AUTHORS, STEPS } from './fresh17/steps.js';

runFresh({
  slug: 'fresh17',
  ordinal: 'seventeenth',
  identity: { name: 'Carebridge', email: 'eng@carebridge.health' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
