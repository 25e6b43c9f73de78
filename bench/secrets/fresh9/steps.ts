/**
 * The history of the ninth fresh repository ("Tidewater Analytics", a five-engineer data and ML start-up selling
 * demand forecasts to retailers). About a quarter of the planted secrets live only in history: an exported Airflow
 * connections file and a `.databrickscfg` committed early and removed, a BigQuery service-account key, Azure tfvars,
 * Streamlit secrets, an `.Renviron` and Cargo credentials removed in a clean-up, a Slack bot, a Kafka Connect sink and
 * the Fivetran provider moved to the environment or variables, a dbt password replaced by key-pair auth, an unmerged
 * Redshift spike branch, and two passwords that only ever appeared in commit messages.
 *
 * Templates live as plain text in bench/secrets/fresh9/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the sixth and seventh benches. Commit messages
 * use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'tomas' | 'ines' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@tidewater.ai' },
  tomas: { name: 'Tomás Ortega', email: 'tomas@tidewater.ai' },
  ines: { name: 'Ines Vogel', email: 'ines@tidewater.ai' },
} as const;

const { files, tpl } = corpusFiles('fresh9');

export const STEPS: Step[] = [
  {
    message: 'airflow + dbt skeleton: daily forecast dag, snowflake worksheets (roles, users, stages)',
    date: '2024-01-08T10:20:00Z',
    author: 'priya',
    write: {
      ...files('README.md', '.gitignore', 'requirements.txt', 'airflow/airflow.cfg', 'airflow/connections.yaml', 'dags/forecast_daily.py'),
      ...files('dbt/profiles.yml', 'dbt/package-lock.yml', 'sql/worksheets/01_setup_roles.sql', 'sql/worksheets/02_stages.sql'),
    },
  },
  {
    message:
      'notebooks: nordmart eda, chronos vs lightgbm; databricks feature backfill; training script\n\nBaseline run for the comparison is «hex:32#msg-baseline-run» in the forecast-nordmart experiment. ⟦D msg-mlflow-run⟧',
    date: '2024-01-15T16:05:00Z',
    author: 'tomas',
    write: files(
      'notebooks/exploration/01_demand_eda.ipynb',
      'notebooks/exploration/02_model_compare.ipynb',
      'notebooks/databricks/feature_backfill.py',
      '.databrickscfg',
      'ml/train.py',
      'ml/download_models.sh',
      'ml/model_registry.yaml',
    ),
  },
  {
    message: 'terraform: gcp (bigquery export, public benchmark bucket, mlflow db) and azure lake; ci for dbt',
    date: '2024-01-24T11:40:00Z',
    author: 'ines',
    write: files(
      'infra/terraform/gcp/main.tf',
      'infra/terraform/azure/main.tf',
      'infra/terraform/azure/terraform.tfvars',
      'infra/gcp/sa-dbt-bigquery.json',
      '.github/workflows/ci.yml',
    ),
  },
  {
    message: 'mlflow tracking server, trainer image with wandb, dvc pipeline for nordmart, m5 manifest',
    date: '2024-02-02T09:15:00Z',
    author: 'tomas',
    write: files('ml/mlflow/docker-compose.yml', 'docker/trainer/Dockerfile', 'docker/trainer/netrc', 'dvc.lock', 'data/manifests/m5_subset.json'),
  },
  {
    message: 'ingestion: rust consumer for pos events + hafenkauf sftp, kafka connect sink to nordmart, fivetran and airbyte sources',
    date: '2024-02-12T14:30:00Z',
    author: 'priya',
    write: files(
      'ingest-rs/Cargo.toml',
      'ingest-rs/Cargo.lock',
      'ingest-rs/.cargo/config.toml',
      
      'ingest-rs/.cargo/credentials.toml',
      'ingest-rs/src/main.rs',
      'ingest-rs/src/sftp.rs',
      'ingest-rs/tests/fixtures/pos_event.json',
      'streaming/connect/worker.properties',
      'streaming/connect/pg-sink-nordmart.json',
      'connectors/fivetran/main.tf',
      'connectors/airbyte/source-postgres-nordmart.json',
    ),
  },
  {
    message:
      'remove exported airflow connections and .databrickscfg\n\nConnections come from Secret Manager now:\n  backend = airflow.providers.google.cloud.secrets.secret_manager.CloudSecretManagerBackend ⟦D msg-secrets-backend⟧\nDatabricks tokens revoked in the admin console.',
    date: '2024-02-20T08:50:00Z',
    author: 'priya',
    remove: ['airflow/connections.yaml', '.databrickscfg'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'forecast api (fastapi, customer api keys), helm chart, argo workflow for the feature backfill',
    date: '2024-03-01T13:10:00Z',
    author: 'ines',
    write: files(
      
      'api/app/auth.py',
      'api/app/settings.py',
      'api/.env.example',
      'api/tests/fixtures/api_keys.json',
      'deploy/helm/forecast-api/values.yaml',
      'deploy/argo/backfill-workflow.yaml',
    ),
  },
  {
    message: 'streamlit demo for prospects, weekly R accuracy report, prefect deployment for retraining',
    date: '2024-03-08T17:45:00Z',
    author: 'tomas',
    write: files(
      'demo/streamlit_app.py',
      'demo/.streamlit/secrets.toml',
      
      'demo/locales/de.json',
      'r/.Renviron',
      'r/forecast_report.R',
      'r/renv.lock',
      'orchestration/prefect.yaml',
    ),
  },
  {
    message:
      'superset for embedded customer dashboards, internal metabase, slack alert bot\n\nMetabase admin is ines@tidewater.ai / «pwh#mb-admin» until we switch on SSO. ⟦S msg-metabase-admin⟧',
    date: '2024-03-15T10:05:00Z',
    author: 'ines',
    write: files('bi/superset/superset_config.py', 'bi/metabase/metabase.env', 'bi/metabase/collections.json', 'alerts/slack_bot.py'),
  },
  {
    message: 'spike: kroeger pilot on their redshift (copy from their exchange bucket)',
    date: '2024-03-18T15:20:00Z',
    author: 'tomas',
    branch: 'spike/kroeger-redshift',
    write: files('warehouse/redshift/copy_sales.sql', 'warehouse/redshift/NOTES.md'),
  },
  {
    message: 'twctl (go cli for customers); spark job for lake compaction and the hafenkauf postgres mirror',
    date: '2024-03-22T12:00:00Z',
    author: 'priya',
    write: files(
      
      'cli/go.sum',
      'cli/cmd/root.go',
      'cli/internal/client/client.go',
      'spark/build.sbt',
      'spark/src/main/scala/ai/tidewater/LakeCompaction.scala',
    ),
  },
  {
    message:
      'clean-up: remove committed keys and local secrets files\n\n- infra/gcp/sa-dbt-bigquery.json: key deleted in IAM\n- azure tfvars, streamlit secrets, .Renviron, cargo credentials: gone, examples added\n- slack bot, kafka sink and fivetran provider read from env / file provider / variables\n\nEverything listed was rotated the same day.',
    date: '2024-04-03T09:30:00Z',
    author: 'ines',
    remove: ['infra/gcp/sa-dbt-bigquery.json', 'infra/terraform/azure/terraform.tfvars', 'demo/.streamlit/secrets.toml', 'r/.Renviron', 'ingest-rs/.cargo/credentials.toml'],
    write: {
      '.gitignore': tpl('.gitignore', 'v3'),
      'alerts/slack_bot.py': tpl('alerts/slack_bot.py', 'v2'),
      'streaming/connect/pg-sink-nordmart.json': tpl('streaming/connect/pg-sink-nordmart.json', 'v2'),
      'connectors/fivetran/main.tf': tpl('connectors/fivetran/main.tf', 'v2'),
      ...files('r/.Renviron.example', 'demo/.streamlit/secrets.toml.example'),
    },
  },
  {
    message:
      'dbt prod: key-pair auth for SVC_DBT\n\nThe password is unset on SVC_DBT after two green runs. Tomas: the interim one for your backfill («pwh#svc_dbt_interim») goes with it on Friday. ⟦S msg-dbt-interim⟧',
    date: '2024-04-10T16:15:00Z',
    author: 'priya',
    write: {
      'dbt/profiles.yml': tpl('dbt/profiles.yml', 'v2'),
      ...files('keys/snowflake/rsa_key.p8', 'keys/snowflake/rsa_key.pub', 'sql/worksheets/03_keypair.sql'),
    },
  },
  {
    message: 'docs: nordmart onboarding page, api quickstart, readme layout',
    date: '2024-04-18T11:00:00Z',
    author: 'ines',
    write: {
      'README.md': tpl('README.md', 'v2'),
      ...files('docs/onboarding/nordmart.md', 'docs/onboarding/api-quickstart.md'),
    },
  },
];
