/**
 * Tenth fresh-repository bench (issue 14: "a repository that you do not see"): the final held-out figure, run once at
 * the end of the session. Not a test: it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh10.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Maison Verte", a direct-to-consumer plant and garden shop
 * whose tech a small agency built and handed over to one in-house developer: a Shopify app (Remix, shopify.app.toml,
 * a theme extension), a legacy Magento 2 store being migrated away from (app/etc/env.php, auth.json), a WordPress /
 * WooCommerce blog (wp-config.php), a Laravel back-office (payments with PayPal, Adyen, Klarna and Mollie; Sendcloud
 * and ShipStation labels; Meta Conversions API and TikTok Events API), a Strapi CMS, Sanity and Contentful content,
 * an Astro site on Netlify with Algolia search, Klaviyo and Mailchimp, Zapier, Google Merchant feeds pushed over SFTP
 * (lftp scripts, a FileZilla sitemanager.xml), an Odoo ERP connector in Python (XML-RPC), an iOS app (xcconfig files,
 * fastlane match), cron jobs, nginx, a Docker Compose dev stack and the agency's handover document. The templates are
 * in bench/secrets/fresh10/corpus-files/ (plain text, read at run time). It was written by a tenth author without
 * reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's templates,
 * and nobody tunes on it: its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the shared driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and unlabelled
 * lines must not. Commit messages carry labels too (file `COMMIT_MSG`). --keep leaves the generated repository;
 * --build-only builds it and prints the counts without running launchready; --cli runs another build's CLI.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh10/gen.js';
import { AUTHORS, STEPS } from './fresh10/steps.js';

runFresh({
  slug: 'fresh10',
  ordinal: 'tenth',
  identity: { name: 'Maison Verte', email: 'tech@maisonverte.fr' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
