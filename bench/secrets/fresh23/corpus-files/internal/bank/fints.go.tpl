package bank

// FinTS/HBCI access to the Belegwerk business account (Sparkasse). Used to match incoming Paddle payouts to invoices.

import (
	"context"
	"time"
)

type FinTSConfig struct {
	URL     string
	BLZ     string
	User    string
	PIN     string
	Product string // registered FinTS product id (public registration number)
}

func DefaultConfig(pin string) FinTSConfig {
	return FinTSConfig{
		URL:     "https://banking-sh3.s-fints-pt-sh.de/fints30",
		BLZ:     "21050170",
		User:    "«digits:10#fints_user»",
		PIN:     pin, ⟦D fints-pin-param⟧
		Product: "«upper:25#fints_product»", ⟦D fints-product⟧
	}
}

// Turnovers fetches the account turnovers since the given date.
func Turnovers(ctx context.Context, c FinTSConfig, since time.Time) ([]Turnover, error) {
	s, err := dial(ctx, c.URL, c.BLZ, c.User, c.PIN)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Turnovers(ctx, since)
}
