package video

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Vonage Video is the fallback when Twilio has a regional incident (see the May postmortem).
// Sessions are created with an application JWT signed by the application's private key.
// TODO(lena): move these back to env before merging, hardcoded to demo the failover on Friday
const (
	vonageAppID     = "«uuid#vonage-app»" ⟦D vonage2-appid⟧
	vonageAPIKey    = "«vonage_key#fallback»" ⟦D vonage2-key⟧
	vonageAPISecret = "«vonage_secret#fallback»" ⟦S vonage2-secret⟧
)

type Vonage struct {
	hc *http.Client
}

func NewVonage(_ *Config) (*Vonage, error) { return &Vonage{hc: http.DefaultClient}, nil }

func (v *Vonage) appJWT() (string, error) {
	pem, err := privateKeyPEM()
	if err != nil {
		return "", err
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pem)
	if err != nil {
		return "", err
	}
	now := time.Now()
	t := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"application_id": vonageAppID, "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(), "jti": now.UnixNano()})
	return t.SignedString(key)
}

func (v *Vonage) CreateSession(ctx context.Context) (*http.Response, error) {
	tok, err := v.appJWT()
	if err != nil {
		return nil, err
	}
	form := url.Values{"p2p.preference": {"disabled"}, "archiveMode": {"manual"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://video.api.vonage.com/session/create", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return v.hc.Do(req)
}
