package elster

// Package elster wraps ERiC (the ELSTER rich client library) via cgo for UStVA submissions.

import (
	"errors"
	"fmt"
	"os"
)

// ErrWrongPIN is returned when ERiC rejects the certificate PIN (ERIC_CRYPT_E_PIN_WRONG).
var ErrWrongPIN = errors.New("elster: PIN für das Zertifikat ist falsch") ⟦D elster-errpin⟧

type Config struct {
	PfxPath      string
	PfxPIN       string `toml:"pfx_pin"` ⟦D elster-field⟧
	HerstellerID string
	Test         bool
}

// TestConfig is the ERiC test certificate ELSTER ships with the SDK (public, only valid against the test server).
var TestConfig = Config{
	PfxPath:      "testdata/elster-test.pfx",
	PfxPIN:       "123456", ⟦D elster-test-pin⟧
	HerstellerID: "74931",
	Test:         true,
}

func (c Config) Validate() error {
	if c.PfxPath == "" {
		return fmt.Errorf("elster: pfx_path fehlt")
	}
	if len(c.PfxPIN) < 6 {
		return fmt.Errorf("elster: pfx_pin muss mindestens 6 Zeichen haben") ⟦D elster-validate⟧
	}
	if _, err := os.Stat(c.PfxPath); err != nil {
		return fmt.Errorf("elster: zertifikat %s: %w", c.PfxPath, err)
	}
	return nil
}

// Send submits one UStVA XML and returns the Transferticket.
func Send(c Config, xml []byte) (string, error) {
	if err := c.Validate(); err != nil {
		return "", err
	}
	return ericSend(c.PfxPath, c.PfxPIN, c.HerstellerID, xml, c.Test)
}
