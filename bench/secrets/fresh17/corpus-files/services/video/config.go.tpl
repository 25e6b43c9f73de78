package video

import "github.com/kelseyhightower/envconfig"

// Config is read from VIDEO_* environment variables. Defaults point at the shared dev Twilio project so that
// `go run` works without setup.
type Config struct {
	TwilioAccountSID   string `envconfig:"TWILIO_ACCOUNT_SID" default:"«twilio_ac#dev»"` ⟦D video-acsid⟧
	TwilioAPIKeySID    string `envconfig:"TWILIO_API_KEY_SID" default:"«twilio_sk#dev»"` ⟦D video-sksid⟧
	TwilioAPIKeySecret string `envconfig:"TWILIO_API_KEY_SECRET" default:"«twilio_secret#dev»"` ⟦S video-sksecret⟧
	VonageAPIKey       string `envconfig:"VONAGE_API_KEY"`
	VonageAPISecret    string `envconfig:"VONAGE_API_SECRET"`
	RoomType           string `envconfig:"ROOM_TYPE" default:"group-small"`
	RecordVisits       bool   `envconfig:"RECORD_VISITS" default:"false"` // never on: recordings are PHI
}

func Load() (*Config, error) {
	var c Config
	return &c, envconfig.Process("VIDEO", &c)
}
