/**
 * The history of the twenty-second fresh repository ("Bidstream", an ad-tech RTB and reporting platform on the JVM).
 * About a quarter of the planted secrets live only in history: a local `.env`, an sbt credentials file and a client
 * private key committed and removed, Flink/Spark/Kinesis AWS keys replaced by IRSA, instance profiles and SSO,
 * Confluent keys in application.conf moved to the environment, a Vault root token replaced by an OIDC login check,
 * Alertmanager receivers moved to files, an unmerged OpenX branch, and one password only in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh22/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'mara' | 'tobias' | 'priya' };

export const AUTHORS = {
  mara: { name: 'Mara Lindqvist', email: 'mara@bidstream.io' },
  tobias: { name: 'Tobias Reuter', email: 'tobias@bidstream.io' },
  priya: { name: 'Priya Nair', email: 'priya.nair@bidstream.io' },
} as const;

const { files, tpl } = corpusFiles('fresh22');

export const STEPS: Step[] = [
  {
    message: 'sbt multi-project: akka http bidder, pacing proto, docker compose for local deps',
    date: '2024-02-12T09:20:00Z',
    author: 'mara',
    write: files(
      'README.md', '.gitignore', 'build.sbt', 'credentials.sbt', 'project/plugins.sbt', 'project/build.properties', '.scalafmt.conf', 'CODEOWNERS',
      'bidder/src/main/resources/application.conf', 'bidder/src/main/scala/io/bidstream/bidder/BidderMain.scala', 'proto/bid.proto', 'docker-compose.yml', '.env',
    ),
  },
  {
    message: 'win notices: price decryption for magnite, fixtures from a real bid request',
    date: '2024-02-20T14:05:00Z',
    author: 'mara',
    write: files('bidder/src/main/scala/io/bidstream/bidder/WinNotice.scala', 'fixtures/bid-request.json', 'fixtures/win-notice.log'),
  },
  {
    message: 'flink win/loss join on confluent cloud; ops jaas + client.properties',
    date: '2024-02-28T17:40:00Z',
    author: 'priya',
    write: files('flink-jobs/src/main/scala/io/bidstream/flink/WinLossJoin.scala', 'flink-jobs/src/main/resources/flink-conf.yaml', 'ops/kafka/client-jaas.conf', 'ops/kafka/client.properties'),
  },
  {
    message: 'remove .env and credentials.sbt from the repo\n\nBoth belong in ~/. Confluent key for local dev rotated. ⟦D msg-rotated⟧',
    date: '2024-02-29T08:10:00Z',
    author: 'mara',
    remove: ['.env', 'credentials.sbt'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'reporting api (ktor) on clickhouse; spark nightly compaction s3 -> clickhouse',
    date: '2024-03-07T11:30:00Z',
    author: 'tobias',
    write: files(
      'settings.gradle.kts', 'gradle.properties', 'reporting-api/build.gradle.kts', 'reporting-api/src/main/resources/application.yaml',
      'reporting-api/src/main/kotlin/io/bidstream/reporting/Application.kt', 'reporting-api/src/main/kotlin/io/bidstream/reporting/ClickHouseReports.kt',
      'spark-batch/src/main/scala/io/bidstream/batch/CompactLogs.scala', 'spark-batch/conf/spark-defaults.conf', 'ops/clickhouse/users.xml',
      'reporting-api/src/main/resources/i18n/messages_en.properties', 'reporting-api/src/main/resources/i18n/messages_de.properties',
      'reporting-api/src/test/kotlin/io/bidstream/reporting/AuthTest.kt', 'gradle/verification-metadata.xml',
    ),
  },
  {
    message: 'storage ops configs (cassandra, aerospike, es audit index), mtls keystores for bidder <-> pacing',
    date: '2024-03-14T16:00:00Z',
    author: 'priya',
    write: files(
      'ops/cassandra/cqlshrc', 'ops/aerospike/aerospike.conf', 'ops/elasticsearch/creative-index.conf', 'tls/README.md', 'tls/keystore.properties', 'tls/pacing-client.key',
    ),
  },
  {
    message: 'drop tls/pacing-client.key; keys come from vault pki now',
    date: '2024-03-15T07:45:00Z',
    author: 'priya',
    remove: ['tls/pacing-client.key'],
  },
  {
    message: 'k8s: helm chart, vault kubernetes auth, jenkins pipeline',
    date: '2024-03-22T13:15:00Z',
    author: 'mara',
    write: files('deploy/helm/bidder/values.yaml', 'deploy/helm/bidder/templates/deployment.yaml', 'deploy/vault/bidder-policy.hcl', 'deploy/vault/setup.sh', 'Jenkinsfile'),
  },
  {
    message: 'partner reporting: GAM service account, DV360 oauth, SSP reporting APIs, smoke script',
    date: '2024-04-02T10:50:00Z',
    author: 'priya',
    write: files(
      'partners/gam/service-account.json', 'partners/gam/ad_manager.yaml', 'partners/dv360/oauth.conf', 'partners/ssp-partners.conf', 'scripts/partner-smoke.sh', 'scripts/replay-kinesis.sh',
    ),
  },
  {
    message: 'monitoring: prometheus scrape + grafana cloud remote write, alertmanager to slack and pagerduty',
    date: '2024-04-09T15:25:00Z',
    author: 'tobias',
    write: files('ops/prometheus/prometheus.yml', 'ops/prometheus/rules/bidder.yml', 'ops/alertmanager/alertmanager.yml', 'docs/oncall.md', 'docs/partners.md'),
  },
  {
    message: 'openx reporting trial',
    date: '2024-04-11T12:00:00Z',
    author: 'priya',
    branch: 'feature/openx-reporting',
    write: files('partners/openx/openx.conf', 'partners/openx/OpenxSync.scala'),
  },
  {
    message:
      'secrets out of git: kafka sasl from env, irsa for flink, instance profile for spark, sso for kinesis replay, vault oidc\n\nOld flink keys are deactivated in IAM. ⟦D msg-iam⟧',
    date: '2024-04-16T09:05:00Z',
    author: 'mara',
    write: {
      'bidder/src/main/resources/application.conf': tpl('bidder/src/main/resources/application.conf', 'v2'),
      'flink-jobs/src/main/resources/flink-conf.yaml': tpl('flink-jobs/src/main/resources/flink-conf.yaml', 'v2'),
      'spark-batch/src/main/scala/io/bidstream/batch/CompactLogs.scala': tpl('spark-batch/src/main/scala/io/bidstream/batch/CompactLogs.scala', 'v2'),
      'scripts/replay-kinesis.sh': tpl('scripts/replay-kinesis.sh', 'v2'),
      'deploy/vault/setup.sh': tpl('deploy/vault/setup.sh', 'v2'),
    },
  },
  {
    message: 'alertmanager: read slack url and pagerduty key from mounted secrets; gradle nexus creds from ~/.gradle',
    date: '2024-04-17T18:30:00Z',
    author: 'tobias',
    write: {
      'ops/alertmanager/alertmanager.yml': tpl('ops/alertmanager/alertmanager.yml', 'v2'),
      'reporting-api/build.gradle.kts': tpl('reporting-api/build.gradle.kts', 'v2'),
    },
  },
  {
    message:
      'readme: staging demo login\n\n(the old demo account admin@bidstream.io / «hpw#old-demo» is disabled) ⟦S msg-old-demo⟧',
    date: '2024-04-24T10:40:00Z',
    author: 'mara',
    write: { 'README.md': tpl('README.md', 'v2') },
  },
];
