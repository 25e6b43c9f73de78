//! tw-ingest: consumes POS events from retailers that push to our Kafka, validates them against tw-schemas and
//! writes micro-batches to the lake. Retailers on SFTP go through `sftp.rs` instead.
use std::env;
use std::time::Duration;

use anyhow::Context;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::Message;
use tracing::{info, warn};

mod sftp;

const TOPIC: &str = "pos.events.v1";

fn consumer() -> anyhow::Result<StreamConsumer> {
    let brokers = env::var("KAFKA_BOOTSTRAP").unwrap_or_else(|_| "pkc-«lower:5#ccloud-cluster».westeurope.azure.confluent.cloud:9092".into());
    let key = env::var("KAFKA_API_KEY").context("KAFKA_API_KEY")?; ⟦D rs-env-key⟧
    // falls back to the dev cluster's secret so `cargo run` works on a laptop without the env file
    let secret = env::var("KAFKA_API_SECRET").unwrap_or_else(|_| "«ccloud_secret#ccloud-dev»".to_string()); ⟦S rs-fallback-secret⟧
    let c: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("security.protocol", "SASL_SSL")
        .set("sasl.mechanisms", "PLAIN")
        .set("sasl.username", &key)
        .set("sasl.password", &secret)
        .set("group.id", "tw-ingest")
        .set("enable.auto.commit", "false")
        .create()?;
    Ok(c)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt().with_env_filter("tw_ingest=info").init();
    let c = consumer()?;
    c.subscribe(&[TOPIC])?;
    info!(topic = TOPIC, "consuming");
    loop {
        match tokio::time::timeout(Duration::from_secs(30), c.recv()).await {
            Ok(Ok(m)) => {
                let payload = m.payload().unwrap_or_default();
                match tw_schemas::pos::Event::from_slice(payload) {
                    Ok(ev) => info!(retailer = %ev.retailer, store = %ev.store_id, "event"),
                    Err(e) => warn!(error = %e, offset = m.offset(), "rejected"),
                }
            }
            Ok(Err(e)) => warn!(error = %e, "kafka"),
            Err(_) => sftp::poll_all().await?,
        }
    }
}
