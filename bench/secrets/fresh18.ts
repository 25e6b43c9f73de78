/**
 * Eighteenth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh18.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Coldchain Sense", an IoT start-up making temperature
 * loggers for refrigerated trucks: ESP-IDF firmware for an ESP32-S3 main board (PlatformIO ini, sdkconfig, Kconfig,
 * a lab secrets header, signed OTA and secure boot v2 keys), an STM32WL LoRaWAN probe (AppKey, session keys, EUIs,
 * FIPS-197/RFC 4493 test vectors), Arduino prototypes (LMIC, PubSubClient), a serial provisioning script that creates
 * AWS IoT things and writes encrypted NVS, AWS IoT device certificates and keys, a FastAPI fleet back end
 * (TimescaleDB, InfluxDB, Twilio, SendGrid, Slack), The Things Stack v3 webhooks on an unmerged branch, Node-RED flows
 * and settings, Grafana provisioning and dashboards, an Expo/React Native driver app, a factory test station with
 * its logs, balena fleet config for depot gateways, an Ansible playbook for Mosquitto, EMQX, GitHub Actions, and a
 * README plus a hardware bring-up wiki. The templates are in bench/secrets/fresh18/corpus-files/ (plain text, read at
 * run time). It was written by an eighteenth author without reading launchready's rules, engine, tests, docs of what
 * the scanner handles, or the earlier corpora's templates, and nobody tunes on it: it is run once, and its misses
 * and false positives are listed only with --list.
 *
 * Labels and scoring are the driver's: `secret` lines must get a fail or warn finding on their file and line
 * (history-only ones at the commit that introduced them), `decoy` lines and unlabelled lines must not. Commit
 * messages carry labels too (file `COMMIT_MSG`). --keep leaves the generated repository (path printed);
 * --build-only builds it and prints the counts without running launchready; --cli runs another build's
 * bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh18/gen.js';
import { AUTHORS, STEPS } from './fresh18/steps.js';

runFresh({
  slug: 'fresh18',
  ordinal: 'eighteenth',
  identity: { name: 'Coldchain Sense', email: 'dev@coldchainsense.io' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
