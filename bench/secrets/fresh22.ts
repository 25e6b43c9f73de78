/**
 * Twenty-second fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh22.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Bidstream", an ad-tech start-up's real-time bidding and
 * reporting platform on the JVM: an Akka HTTP bidder in Scala with Typesafe/HOCON application.conf (`${?ENV}`
 * overrides with literal defaults), sbt builds with Nexus credentials, a Kotlin/Ktor reporting API with Gradle Kotlin
 * DSL, Flink and Spark jobs (Kafka SASL JAAS, S3 keys), Cassandra/ClickHouse/Aerospike/Elasticsearch configs, gRPC
 * mTLS keystores, Prometheus and Alertmanager, Kinesis replay scripts, Google Ad Manager and DV360 credentials, SSP
 * partner reporting keys, Vault Kubernetes auth, a Helm chart, a Jenkinsfile, protobuf contracts, an on-call runbook
 * and a README. The templates are in bench/secrets/fresh22/corpus-files/ (plain text, read at run time). It was
 * written by an author who did not read launchready's rules, engine, tests or the earlier corpora's templates, and
 * nobody tunes on it: it is run once at the end, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are bench/secrets/fresh-driver.ts's: `secret` lines must get a fail or warn finding on their file
 * and line (history-only ones at the commit that introduced them), `decoy` lines and unlabelled lines must not.
 * Commit messages carry labels too. --keep leaves the generated repository (path printed); --build-only builds it and
 * prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh22/gen.js';
import { AUTHORS, STEPS } from './fresh22/steps.js';

runFresh({
  slug: 'fresh22',
  ordinal: 'twenty-second',
  identity: { name: 'Bidstream', email: 'eng@bidstream.io' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
