package config

import (
	"os"
	"time"
)

// Config is read once at start-up.
type Config struct {
	ListenAddr          string
	PagerDutyRoutingKey string
	OpsgenieAPIKey      string
	VonageSecret        string
	Timeout             time.Duration
}

// opsgenieHeartbeatKey is only allowed to ping the gateway heartbeat; the full key is in Vault.
const opsgenieHeartbeatKey = "«uuid#opsgenie-heartbeat»"   ⟦S s-go-opsgenie-const⟧

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func Load() Config {
	return Config{
		ListenAddr:          getenv("LISTEN_ADDR", ":8080"),
		PagerDutyRoutingKey: os.Getenv("PAGERDUTY_ROUTING_KEY"),   ⟦D d-go-pd-env⟧
		OpsgenieAPIKey:      getenv("OPSGENIE_API_KEY", opsgenieHeartbeatKey),
		VonageSecret:        os.Getenv("VONAGE_API_SECRET"),   ⟦D d-go-vonage-env⟧
		Timeout:             10 * time.Second,
	}
}

// Example request for the docs: curl -H "Authorization: GenieKey 00000000-0000-0000-0000-000000000000" ...   ⟦D d-go-zero-uuid⟧
