/**
 * Ninth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh9.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Tidewater Analytics", a five-engineer B2B data and ML
 * start-up selling demand forecasts to retailers: Airflow DAGs, airflow.cfg and an exported connections file, a dbt
 * project (profiles.yml for Snowflake and BigQuery, later Snowflake key-pair auth with an encrypted PKCS#8 key),
 * Snowflake worksheets (users, Azure/S3 stages), Jupyter notebooks with outputs, Databricks notebook source and a
 * `.databrickscfg`, MLflow and Weights & Biases (docker-compose, a trainer `.netrc`), Hugging Face model pulls, a
 * Prefect deployment, Superset and Metabase config, Fivetran (terraform) and Airbyte sources, Kafka Connect worker
 * and sink configs, Terraform for GCP and Azure (a service-account JSON, tfvars, a storage connection string), Helm
 * values, an Argo workflow, a Rust ingestion service (Cargo credentials, SFTP), a Go CLI, a Streamlit demo with
 * `.streamlit/secrets.toml`, R with `.Renviron`, a Scala/Spark job with sbt credentials, a FastAPI serving API with
 * customer API keys, a Slack alert bot, an unmerged Redshift spike branch, customer onboarding docs and a README.
 * The templates are in bench/secrets/fresh9/corpus-files/ (plain text, read at run time). It was written by a ninth
 * author without reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier
 * corpora's templates, and nobody tunes on it: it is run once at the end, and its misses and false positives are
 * listed only with --list.
 *
 * Labels and scoring are the shared driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not. Commit messages carry labels too (file `COMMIT_MSG`, line within the message,
 * location.commit = that commit). Recall and precision are printed for the tree scan and the `--history` scan, at
 * any severity and at medium or above. --keep leaves the generated repository (path printed); --build-only builds it
 * and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh9/gen.js';
import { AUTHORS, STEPS } from './fresh9/steps.js';

runFresh({
  slug: 'fresh9',
  ordinal: 'ninth',
  identity: { name: 'Tidewater Analytics', email: 'eng@tidewater.ai' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
