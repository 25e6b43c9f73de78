// Command server is the Skyraid dedicated game server. Agones starts one process per match; it marks itself
// Ready, waits for an allocation, runs the match and shuts down.
package main

import (
	"context"
	"flag"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	sdk "agones.dev/agones/sdks/go"

	"github.com/pixelforge-games/skyraid/gameserver/internal/auth"
	"github.com/pixelforge-games/skyraid/gameserver/internal/match"
)

var (
	port       = flag.Int("port", 7777, "UDP port the match listens on")
	tickRate   = flag.Int("tick", 30, "simulation ticks per second")
	maxPlayers = flag.Int("max-players", 6, "players per match")
)

func main() {
	flag.Parse()
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	s, err := sdk.NewSDK()
	if err != nil {
		log.Error("agones sdk", "err", err)
		os.Exit(1)
	}
	verifier, err := auth.NewVerifier()
	if err != nil {
		log.Error("match token verifier", "err", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	go func() {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				_ = s.Health()
			}
		}
	}()

	conn, err := net.ListenPacket("udp", net.JoinHostPort("", itoa(*port)))
	if err != nil {
		log.Error("listen", "err", err)
		os.Exit(1)
	}
	if err := s.Ready(); err != nil {
		log.Error("ready", "err", err)
		os.Exit(1)
	}
	m := match.New(conn, verifier, *tickRate, *maxPlayers, log)
	m.Run(ctx)
	_ = s.Shutdown()
}
