package config

import (
	"os"

	"github.com/BurntSushi/toml"
)

type Config struct {
	Env        string
	Listen     string
	SessionKey string
	DBPath     string
}

// Load reads config.toml and overlays the environment (secrets only come from the environment in production).
func Load(path string) (*Config, error) {
	var raw struct {
		Server struct{ Listen string } `toml:"server"`
	}
	if _, err := toml.DecodeFile(path, &raw); err != nil {
		return nil, err
	}
	return &Config{
		Env:        getenv("BW_ENV", "development"),
		Listen:     getenv("BW_LISTEN", raw.Server.Listen),
		SessionKey: os.Getenv("BW_SESSION_KEY"), ⟦D config-getenv⟧
		DBPath:     getenv("BW_DB_PATH", "./belegwerk.db"),
	}, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
