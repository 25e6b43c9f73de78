package main

import (
	"context"
	"flag"
	"log/slog"
	"net"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"google.golang.org/grpc"

	"github.com/carebridge-health/platform/services/scheduling/server"
)

var (
	listenAddr = flag.String("listen", ":7070", "gRPC listen address")
	configPath = flag.String("config", "services/scheduling/config.yaml", "viper config file")
	dbDSN      = flag.String("db-dsn", "postgres://sched_app:«pw_human#sched-db»@carebridge-prod.cluster-c9xk2lq0v7ab.us-east-1.rds.amazonaws.com:5432/scheduling", "Postgres DSN (overrides config)") ⟦S sched-flag-dsn⟧
	jwtSecret  = flag.String("jwt-secret", os.Getenv("SCHED_JWT_SECRET"), "HMAC secret for patient session tokens") ⟦D sched-flag-jwt⟧
)

func main() {
	flag.Parse()
	cfg, err := LoadConfig(*configPath)
	if err != nil {
		slog.Error("config", "err", err)
		os.Exit(1)
	}
	if *dbDSN != "" {
		cfg.Database.DSN = *dbDSN
	}
	pool, err := pgxpool.New(context.Background(), cfg.Database.DSN)
	if err != nil {
		slog.Error("db connect", "err", err)
		os.Exit(1)
	}
	defer pool.Close()

	lis, err := net.Listen("tcp", *listenAddr)
	if err != nil {
		slog.Error("listen", "err", err)
		os.Exit(1)
	}
	s := grpc.NewServer()
	server.Register(s, pool, []byte(*jwtSecret))
	slog.Info("scheduling up", "addr", *listenAddr)
	_ = s.Serve(lis)
}
