package video

import (
	"errors"

	"github.com/kelseyhightower/envconfig"
)

// Config is read from VIDEO_* environment variables. No defaults for credentials: they come from the
// video-secrets Secret (SOPS) in k8s, or from your own .env locally.
type Config struct {
	TwilioAccountSID   string `envconfig:"TWILIO_ACCOUNT_SID" required:"true"`
	TwilioAPIKeySID    string `envconfig:"TWILIO_API_KEY_SID" required:"true"`
	TwilioAPIKeySecret string `envconfig:"TWILIO_API_KEY_SECRET" required:"true"`
	VonageAPIKey       string `envconfig:"VONAGE_API_KEY"`
	VonageAPISecret    string `envconfig:"VONAGE_API_SECRET"`
	RoomType           string `envconfig:"ROOM_TYPE" default:"group-small"`
	RecordVisits       bool   `envconfig:"RECORD_VISITS" default:"false"` // never on: recordings are PHI
}

func Load() (*Config, error) {
	var c Config
	if err := envconfig.Process("VIDEO", &c); err != nil {
		return nil, err
	}
	if c.TwilioAPIKeySecret == "" {
		return nil, errors.New("VIDEO_TWILIO_API_KEY_SECRET is empty")
	}
	return &c, nil
}
