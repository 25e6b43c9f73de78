/**
 * Fourth fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh4.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Carelane", an appointment-scheduling SaaS for
 * physiotherapy and dental clinics run by a small agency (Northbeam Digital): a Django + Celery back end, a Nuxt
 * front end, a Go SMS gateway, Kotlin/Android and Swift/iOS apps with fastlane, an Elixir/Phoenix notification
 * service, a .NET reporting job, Pulumi (TypeScript and YAML), CloudFormation, Nomad/Consul/Vault, Terraform with a
 * committed tfstate, Helm, Kustomize, Argo CD, Jenkins and Drone, a Makefile, PowerShell and Bash scripts, Ansible
 * (with ansible-vault and SOPS files), cron, nginx/Apache/HAProxy, systemd and supervisor units, monitoring agent
 * configs, a SQL dump and CSV exports, email templates, Firebase files, a Slack bot, a webhook list, a postmortem and
 * an on-call runbook, a secrets.txt and a password-manager export, a shell history, editor swap and backup files,
 * patch files, and secrets that only ever appeared in commit messages. The templates are in
 * bench/secrets/fresh4/corpus-files/ (plain text, read at run time). It was written by a fourth author without
 * reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's templates,
 * and nobody tunes on it: it is run once at the end, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the third bench's (bench/secrets/fresh3.ts): `secret` lines must get a fail or warn finding
 * on their file and line (history-only ones at the commit that introduced them), `decoy` lines and unlabelled lines
 * must not. New here: commit messages carry labels too; the scanner reports a finding in a message as file
 * `COMMIT_MSG`, line = line within the message (subject = 1) and location.commit = that commit, and such an item is
 * matched on exactly that. Recall and precision are printed for the tree scan and the `--history` scan, at any
 * severity and at medium or above. --keep leaves the generated repository (path printed); --build-only builds it
 * and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh4/gen.js';
import { AUTHORS, STEPS } from './fresh4/steps.js';

runFresh({
  slug: 'fresh4',
  ordinal: 'fourth',
  identity: { name: 'Northbeam Digital', email: 'dev@northbeam.digital' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
