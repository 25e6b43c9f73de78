package config

import (
	"os"
	"time"
)

// Config is read once at start-up.
type Config struct {
	ListenAddr         string
	PagerDutyRoutingKey string
	OpsgenieAPIKey     string
	VonageSecret       string
	Timeout            time.Duration
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func Load() Config {
	return Config{
		ListenAddr:          getenv("LISTEN_ADDR", ":8080"),
		PagerDutyRoutingKey: getenv("PAGERDUTY_ROUTING_KEY", "«hex:32#pd-routing»"),   ⟦S s-go-pd-fallback-v1⟧
		OpsgenieAPIKey:      os.Getenv("OPSGENIE_API_KEY"),   ⟦D d-go-opsgenie-env⟧
		VonageSecret:        os.Getenv("VONAGE_API_SECRET"),   ⟦D d-go-vonage-env⟧
		Timeout:             10 * time.Second,
	}
}
