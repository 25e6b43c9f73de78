[package]
name = "tw-ingest"
version = "0.3.0"
edition = "2021"
publish = ["tidewater"]

[dependencies]
anyhow = "1.0"
rdkafka = { version = "0.36", features = ["ssl", "sasl"] }
serde = { version = "1.0", features = ["derive"] }
serde_json = "1.0"
ssh2 = "0.9"
tokio = { version = "1.35", features = ["rt-multi-thread", "macros", "signal"] }
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter"] }
tw-schemas = { version = "0.2", registry = "tidewater" }
