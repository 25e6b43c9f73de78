/**
 * The history of the twentieth fresh repository ("Homestead", a proptech rental marketplace). A good part of the
 * planted secrets live only in history: a developer's local_settings.py committed and removed, the DocuSign JWT
 * private key and the CloudFront signing key removed from the tree (moved to the vault), Salesforce credentials,
 * Twilio's auth token, AWS keys and a Mailgun key replaced by environment lookups, a GitLab CI vault password and
 * Cloudflare token moved to masked variables, a README admin password dropped, an unmerged branch for a Salesforce
 * sandbox, and one password that only ever appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh20/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the sixth bench. Commit messages use the same
 * syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'sam' | 'priya' | 'leo' };

export const AUTHORS = {
  sam: { name: 'Sam Whitaker', email: 'sam@homestead-rentals.com' },
  priya: { name: 'Priya Natarajan', email: 'priya@homestead-rentals.com' },
  leo: { name: 'Leo Brandt', email: 'leo.brandt@homestead-rentals.com' },
} as const;

const { files, tpl } = corpusFiles('fresh20');

export const STEPS: Step[] = [
  {
    message: 'django 4.2 skeleton: listings, leases, celery beat, seed command',
    date: '2024-01-15T10:05:00Z',
    author: 'sam',
    write: files(
      'README.md',
      '.gitignore',
      '.env.example',
      'requirements.txt',
      'Makefile',
      'docker-compose.yml',
      'homestead/settings/base.py',
      'homestead/celery.py',
      'homestead/local_settings.py',
      'listings/management/commands/seed_landlords.py',
      'listings/fixtures/test_users.json',
    ),
  },
  {
    message: 'vue 3 front end: search map (mapbox), listing pages, stripe elements',
    date: '2024-01-24T16:40:00Z',
    author: 'priya',
    write: files('frontend/.env', 'frontend/src/config.ts', 'frontend/src/locales/en.json', 'frontend/package-lock.json'),
  },
  {
    message: 'lease signing through docusign (jwt grant), stripe connect payouts and webhooks',
    date: '2024-02-06T11:20:00Z',
    author: 'sam',
    write: files(
      'integrations/docusign/client.py',
      'integrations/docusign/private.key',
      'payments/stripe_connect.py',
      'payments/webhooks.py',
      'payments/tests/test_webhooks.py',
    ),
  },
  {
    message: 'remove my local_settings.py, it was never supposed to be tracked\n\nRotated the Stripe test key. ⟦D msg-rotated⟧',
    date: '2024-02-07T08:15:00Z',
    author: 'sam',
    remove: ['homestead/local_settings.py'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'mls/rets nightly pull, syndication ftp feed, twilio verify for tenants, hubspot sync',
    date: '2024-02-20T14:55:00Z',
    author: 'leo',
    write: files('integrations/mls/rets_client.py', 'integrations/syndication/ftp_feed.py', 'notifications/sms.py', 'notifications/email.py', 'integrations/hubspot.py', 'leases/tasks.py'),
  },
  {
    message: 'salesforce lead push for landlord sign-ups',
    date: '2024-02-28T09:30:00Z',
    author: 'leo',
    write: files('integrations/salesforce.py'),
  },
  {
    message: 'production settings, sentry, mailgun, s3 media + signed cloudfront urls, gitlab ci, ansible',
    date: '2024-03-11T17:10:00Z',
    author: 'sam',
    write: files(
      'homestead/settings/production.py',
      'media/cloudfront.py',
      'keys/cloudfront-private.pem',
      'keys/cloudfront-public.pem',
      '.gitlab-ci.yml',
      'ansible/inventory/production.yml',
      'ansible/group_vars/all/vault.yml',
      'ansible/group_vars/all/main.yml',
      'ansible/group_vars/staging.yml',
      'ansible/roles/app/templates/env.j2',
      'frontend/.env.production',
    ),
  },
  {
    message: 'salesforce sandbox client (wip)',
    date: '2024-03-14T13:00:00Z',
    author: 'leo',
    branch: 'feature/sf-sandbox',
    write: files('integrations/salesforce_sandbox.py'),
  },
  {
    message: 'ops notebook for march rent reconciliation',
    date: '2024-04-02T19:45:00Z',
    author: 'priya',
    write: files('notebooks/ops-rent-recon.ipynb'),
  },
  {
    message:
      'move keys out of the repo: docusign + cloudfront keys to the vault, salesforce/twilio from env, ci vars masked\n\nThe DocuSign key pair was regenerated in the admin console. Salesforce user password was reset too\n(old one was «pwh#sf-old-msg», remove it from your shell history). ⟦S msg-sf-old⟧',
    date: '2024-04-09T10:30:00Z',
    author: 'sam',
    remove: ['integrations/docusign/private.key', 'keys/cloudfront-private.pem'],
    write: {
      'integrations/salesforce.py': tpl('integrations/salesforce.py', 'v2'),
      'notifications/sms.py': tpl('notifications/sms.py', 'v2'),
      'homestead/settings/production.py': tpl('homestead/settings/production.py', 'v2'),
      '.gitlab-ci.yml': tpl('.gitlab-ci.yml', 'v2'),
      ...files('scripts/cloudflare_purge.sh'),
    },
  },
  {
    message: 'kubernetes manifests for the eks cut-over; deploy notes',
    date: '2024-04-23T15:05:00Z',
    author: 'leo',
    write: files('k8s/secret.yaml', 'k8s/deployment.yaml', 'k8s/configmap.yaml', 'docs/deploy.md'),
  },
  {
    message: 'readme: no shared admin password, deploy section',
    date: '2024-05-02T09:50:00Z',
    author: 'priya',
    write: { 'README.md': tpl('README.md', 'v2') },
  },
];
