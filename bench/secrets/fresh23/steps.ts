/**
 * The history of the fresh23 repository ("Belegwerk", a two-person German SaaS for accounting offices). About a third
 * of the planted secrets live only in history: a developer `.env` committed before `.gitignore` knew it and removed,
 * a deploy SSH key removed, a demo password in the README replaced by an environment variable, a Paddle API key in
 * Go code moved to the environment, an `/etc/belegwerk/env` copy on an unmerged key-rotation branch, and a FinTS PIN
 * only in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh23/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the sixth bench.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'mara' | 'jannik' };

export const AUTHORS = {
  mara: { name: 'Mara Albers', email: 'mara@belegwerk.de' },
  jannik: { name: 'Jannik Voss', email: 'jannik@belegwerk.de' },
} as const;

const { files, tpl } = corpusFiles('fresh23');

export const STEPS: Step[] = [
  {
    message: 'initial: go server, htmx login, sqlite schema, config.toml',
    date: '2024-02-05T19:02:00Z',
    author: 'mara',
    write: files(
      'README.md', '.gitignore', '.env.example', '.env', 'config.toml', 'go.mod', 'go.sum', 'cmd/belegwerk/main.go',
      'internal/config/config.go', 'migrations/0001_init.sql', '.air.toml', 'static/app.css', 'templates/layout.html',
      'templates/login.html', 'internal/i18n_de.toml',
    ),
  },
  {
    message: 'deploy to hetzner: systemd unit, caddy, makefile, age-encrypted prod secrets',
    date: '2024-02-11T20:30:00Z',
    author: 'mara',
    write: files(
      'secrets/identity.txt', 'secrets/recipients.txt', 'secrets/prod.env.age', 'Makefile', 'deploy/systemd/belegwerk.service',
      'deploy/caddy/Caddyfile', 'deploy/keys/deploy_ed25519', 'deploy/keys/deploy_ed25519.pub', 'scripts/provision.sh',
    ),
  },
  {
    message: 'elster: eric wrapper for UStVA, datev export sample + oauth notes',
    date: '2024-02-20T10:15:00Z',
    author: 'jannik',
    write: files('internal/elster/client.go', 'internal/elster/client_test.go', 'testdata/datev_export_sample.csv', 'docs/datev-anbindung.md'),
  },
  {
    message: 'mails via postmark, onboarding drafts (de), demo seed',
    date: '2024-02-28T16:40:00Z',
    author: 'jannik',
    write: files(
      'internal/mail/postmark.go', 'internal/mail/postmark_test.go', 'docs/onboarding/willkommen-kanzlei.md',
      'docs/onboarding/entwurf-schroeder.md', 'migrations/0003_seed_demo.sql',
    ),
  },
  {
    message: 'litestream to object storage, weekly storage box sync, ops notes',
    date: '2024-03-04T21:05:00Z',
    author: 'mara',
    write: files('deploy/litestream.yml', 'deploy/systemd/litestream.service', 'scripts/storagebox-sync.sh', 'docs/ops-notes.md'),
  },
  {
    message: 'paddle billing: webhook verification, nightly subscription sync',
    date: '2024-03-08T11:20:00Z',
    author: 'jannik',
    write: files('internal/billing/paddle.go', 'internal/billing/paddle_test.go', 'internal/billing/sync.go', 'testdata/webhook_subscription_created.json'),
  },
  {
    message: 'bank: fints turnovers for payout matching, ebics notes for schroeder pilot\n\nTested against the live account, PIN «digits:5#fints_pin» works (change after the pilot). ⟦S msg-fints-pin⟧',
    date: '2024-03-12T09:45:00Z',
    author: 'jannik',
    write: files('internal/bank/fints.go', 'internal/bank/fints_test.go', 'internal/bank/ebics.md'),
  },
  {
    message: 'ci: go test on push, hetzner snapshot on main; pre-commit hook against plaintext secrets',
    date: '2024-03-13T18:10:00Z',
    author: 'mara',
    write: files('.github/workflows/ci.yml', '.githooks/pre-commit'),
  },
  {
    message: 'wip: key rotation after march incident',
    date: '2024-03-14T22:30:00Z',
    author: 'jannik',
    branch: 'key-rotation',
    write: {
      ...files('deploy/env.prod'),
      Makefile: tpl('Makefile', 'v2'),
      'deploy/systemd/belegwerk.service': tpl('deploy/systemd/belegwerk.service', 'v2'),
    },
  },
  {
    message: 'remove .env and deploy key from the repo, ignore them\n\nBoth rotated; the deploy key is now only in 1Password. ⟦D msg-rotated⟧',
    date: '2024-03-15T08:05:00Z',
    author: 'mara',
    remove: ['.env', 'deploy/keys/deploy_ed25519'],
    write: { '.gitignore': tpl('.gitignore', 'v2'), 'README.md': tpl('README.md', 'v2') },
  },
  {
    message: 'billing: paddle api key from environment',
    date: '2024-03-18T14:00:00Z',
    author: 'jannik',
    write: { 'internal/billing/sync.go': tpl('internal/billing/sync.go', 'v2') },
  },
];
