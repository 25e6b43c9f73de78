package video

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
)

// Vonage Video is the fallback when Twilio has a regional incident (see the May postmortem).
// Sessions are created server-side with basic auth (API key + secret).
type Vonage struct {
	key, secret string
	hc          *http.Client
}

func NewVonage(cfg *Config) (*Vonage, error) {
	if cfg.VonageAPIKey == "" || cfg.VonageAPISecret == "" {
		return nil, errors.New("vonage: VIDEO_VONAGE_API_KEY / VIDEO_VONAGE_API_SECRET not set")
	}
	return &Vonage{key: cfg.VonageAPIKey, secret: cfg.VonageAPISecret, hc: http.DefaultClient}, nil
}

func (v *Vonage) CreateSession(ctx context.Context) (*http.Response, error) {
	form := url.Values{"p2p.preference": {"disabled"}, "archiveMode": {"manual"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://video.api.vonage.com/session/create", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(v.key, v.secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return v.hc.Do(req)
}
