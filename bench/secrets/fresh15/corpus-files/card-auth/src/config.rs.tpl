use serde::Deserialize;
use std::env;

#[derive(Debug, Deserialize, Clone)]
pub struct IssuerConfig {
    pub base_url: String,
    pub api_key: String,
    pub jwks_url: String,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Settings {
    pub server: ServerConfig,
    pub issuer: IssuerConfig,
    pub ledger: LedgerConfig,
}

#[derive(Debug, Deserialize, Clone)]
pub struct ServerConfig {
    pub bind: String,
    pub request_timeout_ms: u64,
}

#[derive(Debug, Deserialize, Clone)]
pub struct LedgerConfig {
    pub grpc: String,
}

impl Settings {
    pub fn load() -> Result<Self, config::ConfigError> {
        let run_env = env::var("RUN_ENV").unwrap_or_else(|_| "development".into());
        config::Config::builder()
            .add_source(config::File::with_name("config/default"))
            .add_source(config::File::with_name(&format!("config/{run_env}")).required(false))
            .add_source(config::Environment::with_prefix("CARD_AUTH").separator("__"))
            .build()?
            .try_deserialize()
    }
}

/// Key for the HMAC on the ASA webhook. Falls back to the sandbox secret so `cargo run` works without a .env.
pub fn webhook_secret() -> String {
    env::var("ISSUER_WEBHOOK_SECRET").unwrap_or_else(|_| "«whsec#lithic-sandbox»".to_string()) ⟦S ca-rs-fallback⟧
}

/// Datadog API key for the events we send on declines above the alert threshold.
pub fn datadog_api_key() -> Option<String> {
    env::var("DD_API_KEY").ok() ⟦D ca-rs-dd-env⟧
}
