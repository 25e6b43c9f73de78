package ehr

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Redox: legacy auth endpoint exchanges api key + secret for a bearer token (valid 24h).
type Redox struct {
	APIKey, Secret string
	HC             *http.Client
}

func (r *Redox) Authenticate(ctx context.Context) (string, error) {
	body, _ := json.Marshal(map[string]string{"apiKey": r.APIKey, "secret": r.Secret})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.redoxengine.com/auth/authenticate", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := r.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"accessToken"`
	}
	return out.AccessToken, json.NewDecoder(resp.Body).Decode(&out)
}

// Verify checks the verification-token header Redox sends on every webhook to our destination.
func Verify(r *http.Request, token string) bool {
	return r.Header.Get("verification-token") == token
}
