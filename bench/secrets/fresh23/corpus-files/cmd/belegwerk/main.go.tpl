package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"

	"github.com/belegwerk/belegwerk/internal/app"
	"github.com/belegwerk/belegwerk/internal/config"
)

var version = "dev"

func main() {
	cfgPath := flag.String("config", "config.toml", "path to config.toml")
	flag.Parse()

	cfg, err := config.Load(*cfgPath)
	if err != nil {
		slog.Error("config", "err", err)
		os.Exit(2)
	}
	// Session key must be 32 bytes hex; in development we fall back to a fixed key so cookies survive restarts.
	if cfg.SessionKey == "" && cfg.Env == "development" {
		cfg.SessionKey = "«hex:64#session_fallback»" ⟦S main-session-fallback⟧
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	slog.Info("starting belegwerk", "version", version, "listen", cfg.Listen)
	if err := app.Run(ctx, cfg); err != nil {
		slog.Error("run", "err", err)
		os.Exit(1)
	}
}
