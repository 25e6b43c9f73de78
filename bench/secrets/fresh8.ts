/**
 * Eighth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh8.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Werkbank", the internal tools of a mid-size German
 * machine-parts manufacturer, built over three years by an external contractor and two in-house developers: a Java 17
 * Spring Boot order/production service (application.yml, profile properties, bootstrap.yml with Spring Cloud Config,
 * JDBC to SQL Server and PostgreSQL, Liquibase changelogs with seed data, SAP RFC settings, a Teams notifier), Maven
 * settings.xml and Gradle builds (Nexus credentials, an Android shop-floor tablet app with release signing), Kotlin
 * utilities, a Keycloak realm export, LDAP bind settings, Kafka SASL/JAAS, RabbitMQ definitions, Elasticsearch and
 * Kibana, Tomcat server.xml/tomcat-users.xml for a legacy WAR, a Jenkinsfile and Groovy shared library, Ansible
 * inventory and group_vars, an OPC-UA/MQTT machine-data connector (Mosquitto, Node-RED), Grafana/Prometheus, Windows
 * batch and PowerShell scripts for label printers and SMB shares, fstab/cifs credentials, WireGuard and OpenVPN
 * client configs, and a Confluence export of the contractor's handover notes. The templates are in
 * bench/secrets/fresh8/corpus-files/ (plain text, read at run time). It was written by an eighth author without
 * reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's templates,
 * and nobody tunes on it: it is run once at the end, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the shared driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not. Commit messages carry labels too (file `COMMIT_MSG`). --keep leaves the generated
 * repository (path printed); --build-only builds it and prints the counts without running launchready; --cli runs
 * another build's bin/launchready.js.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh8/gen.js';
import { AUTHORS, STEPS } from './fresh8/steps.js';

runFresh({
  slug: 'fresh8',
  ordinal: 'eighth',
  identity: { name: 'Werkbank', email: 'it-entwicklung@werkbank-gmbh.de' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
