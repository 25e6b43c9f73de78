/**
 * The history of the tenth fresh repository ("Maison Verte", a plant and garden shop whose agency-built stack was
 * handed over to one in-house developer). About a third of the planted secrets live only in history: the Shopify
 * app's `.env`, a staging `.env` of the Laravel back-office, an App Store Connect `.p8` key and the agency's deploy
 * SSH key, all removed in the post-handover clean-up; a Meta CAPI token, a Sanity viewer token and a Klaviyo key moved
 * to the environment; the handover document's password table rewritten to point at 1Password; an Odoo password
 * fallback replaced by an API key; Composer's `auth.json` removed when Magento went read-only; an unmerged
 * `feature/mollie-checkout` branch with Mollie keys; and one app-specific password that only ever appeared in a
 * commit message.
 *
 * Templates live as plain text in bench/secrets/fresh10/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the other fresh benches. Commit messages
 * use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'bastien' | 'lea' | 'camille' };

export const AUTHORS = {
  bastien: { name: 'Bastien Morel', email: 'bastien@studio-ronce.fr' },
  lea: { name: 'Léa Fontaine', email: 'lea@studio-ronce.fr' },
  camille: { name: 'Camille Durand', email: 'camille@maisonverte.fr' },
} as const;

const { files, tpl } = corpusFiles('fresh10');

export const STEPS: Step[] = [
  {
    message: 'import magento 2 store config, wordpress blog and nginx vhosts; docker compose dev stack',
    date: '2023-09-04T08:30:00Z',
    author: 'bastien',
    write: files(
      'README.md',
      '.gitignore',
      'docker-compose.yml',
      'magento/app/etc/env.php',
      'magento/app/etc/env.php.sample',
      'magento/auth.json',
      'blog/wp-config.php',
      'blog/wp-content/themes/verte/functions.php',
      'nginx/maisonverte.conf',
    ),
  },
  {
    message: 'back-office (laravel 10): refunds, sendcloud + shipstation labels, payment providers config, seeders',
    date: '2023-09-18T14:10:00Z',
    author: 'bastien',
    write: files(
      'backoffice/.env.example',
      'backoffice/.env.staging',
      'backoffice/config/services.php',
      'backoffice/config/payments.php',
      'backoffice/app/Services/SendcloudClient.php',
      'backoffice/app/Services/ShipStationClient.php',
      'backoffice/database/seeders/AdminUserSeeder.php',
      'backoffice/tests/Feature/RefundTest.php',
    ),
  },
  {
    message: 'content site: astro on netlify, sanity for care guides, algolia search, klaviyo newsletter function',
    date: '2023-10-02T10:45:00Z',
    author: 'lea',
    write: files(
      'site/astro.config.mjs',
      'site/netlify.toml',
      'site/public/_headers',
      'site/src/lib/sanity.ts',
      'site/src/components/Search.astro',
      'site/src/i18n/fr.json',
      'site/.env.example',
      'site/netlify/functions/newsletter.ts',
      'content/scripts/migrate-contentful.js',
      '.github/workflows/deploy-site.yml',
    ),
  },
  {
    message: 'strapi 4 for the lookbook and care guides (postgres, media on ovh object storage)',
    date: '2023-10-20T16:05:00Z',
    author: 'bastien',
    write: files('cms/.env', 'cms/.env.example', 'cms/config/database.js'),
  },
  {
    message: 'ios app: xcconfigs per configuration, fastlane match + testflight lane, french strings',
    date: '2023-11-06T09:20:00Z',
    author: 'lea',
    write: files(
      'ios/Config/Shared.xcconfig',
      'ios/Config/Debug.xcconfig',
      'ios/Config/Release.xcconfig',
      'ios/fastlane/Matchfile',
      'ios/fastlane/Fastfile',
      'ios/fastlane/.env.default',
      'ios/fastlane/AuthKey_7QK3M2ZP4D.p8',
      'ios/MaisonVerte/GoogleService-Info.plist',
      'ios/MaisonVerte/fr.lproj/Localizable.strings',
    ),
  },
  {
    message:
      'fastlane: upload to testflight from the mac mini\n\nIf fastlane asks for the apple id password on the mini, the app-specific one is «app_specific#mini» ⟦S msg-asp⟧\n(apps@maisonverte.fr, label "fastlane mac mini").',
    date: '2023-11-08T17:50:00Z',
    author: 'lea',
    write: { 'ios/fastlane/Fastfile': tpl('ios/fastlane/Fastfile', 'v2') },
  },
  {
    message: 'google merchant + idealo feeds over sftp, odoo connector (xml-rpc), cron jobs and nightly db dumps',
    date: '2023-11-27T11:35:00Z',
    author: 'bastien',
    write: files(
      'feeds/push_google_merchant.sh',
      'feeds/mirror.lftp',
      'feeds/filezilla/sitemanager.xml',
      'feeds/generate_feed.py',
      'erp/odoo_sync.py',
      'erp/config.ini',
      'cron/crontab',
      'cron/nightly_export.sh',
    ),
  },
  {
    message: 'shopify app "companion" (remix): loyalty theme block, klaviyo events, sendcloud webhook; customer migration script',
    date: '2024-01-15T13:00:00Z',
    author: 'bastien',
    write: files(
      'shopify-app/shopify.app.toml',
      'shopify-app/.env',
      'shopify-app/app/routes/webhooks.sendcloud.tsx',
      'shopify-app/app/lib/klaviyo.server.ts',
      'shopify-app/extensions/loyalty-block/shopify.extension.toml',
      'shopify-app/extensions/loyalty-block/locales/fr.default.json',
      'shopify-app/extensions/loyalty-block/blocks/loyalty.liquid',
      'shopify-app/prisma/schema.prisma',
      'shopify-app/package-lock.json',
      'theme/config/settings_data.json',
      'magento/scripts/migrate_customers.py',
      'magento/dev/core_config_data.sql',
    ),
  },
  {
    message: 'server-side conversions: meta capi + tiktok events api; integrations doc; sendcloud ticket notes',
    date: '2024-02-06T15:30:00Z',
    author: 'bastien',
    write: files(
      'backoffice/app/Services/MetaConversions.php',
      'backoffice/app/Services/TikTokEvents.php',
      'docs/integrations.md',
      'docs/support/sendcloud-ticket-48213.md',
    ),
  },
  {
    message: 'handover document for maison verte + our handover template',
    date: '2024-02-29T18:15:00Z',
    author: 'bastien',
    write: { ...files('docs/HANDOVER.md', 'docs/handover-template.md', 'ops/keys/mv_deploy', 'ops/keys/mv_deploy.pub'), 'erp/check_login.py': tpl('erp/check_login.py') },
  },
  {
    message:
      'security clean-up after the handover\n\nRemove committed .env files and keys (all rotated, see docs/SECURITY-CLEANUP.md), read the Meta, Sanity\nand Klaviyo tokens from the environment, odoo connector on an API key, passwords out of HANDOVER.md.',
    date: '2024-03-11T09:05:00Z',
    author: 'camille',
    remove: ['shopify-app/.env', 'backoffice/.env.staging', 'ios/fastlane/AuthKey_7QK3M2ZP4D.p8', 'ops/keys/mv_deploy'],
    write: {
      '.gitignore': tpl('.gitignore', 'v2'),
      'backoffice/app/Services/MetaConversions.php': tpl('backoffice/app/Services/MetaConversions.php', 'v2'),
      'site/src/lib/sanity.ts': tpl('site/src/lib/sanity.ts', 'v2'),
      'site/netlify/functions/newsletter.ts': tpl('site/netlify/functions/newsletter.ts', 'v2'),
      'erp/odoo_sync.py': tpl('erp/odoo_sync.py', 'v2'),
      'docs/HANDOVER.md': tpl('docs/HANDOVER.md', 'v2'),
      'docs/SECURITY-CLEANUP.md': tpl('docs/SECURITY-CLEANUP.md'),
    },
  },
  {
    message: 'wip: mollie checkout for belgium and the netherlands',
    date: '2024-04-02T14:40:00Z',
    author: 'camille',
    branch: 'feature/mollie-checkout',
    write: {
      'backoffice/config/payments.php': tpl('backoffice/config/payments.php', 'mollie'),
      'backoffice/app/Http/Controllers/MollieWebhookController.php': tpl('backoffice/app/Http/Controllers/MollieWebhookController.php'),
    },
  },
  {
    message: 'Revert "cron: reindex algolia every hour"\n\nThis reverts commit «sha1#revert». Hourly reindex burnt the Algolia quota. ⟦D msg-revert⟧',
    date: '2024-04-05T08:10:00Z',
    author: 'camille',
    write: { 'cron/crontab': tpl('cron/crontab', 'v2') },
  },
  {
    message: 'magento read-only: drop composer auth.json, document the staging copy for the accountant',
    date: '2024-04-22T10:25:00Z',
    author: 'camille',
    remove: ['magento/auth.json'],
    write: { 'README.md': tpl('README.md', 'v2') },
  },
];
