package ehr

import (
	"context"
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

// BackendClient implements SMART Backend Services (system/*.read): a client_credentials grant authenticated by a
// JWT signed with our private key (RS384). Epic and Cerner fetch our public key from the JWKS URL registered with
// the app, so nothing secret ever has to be sent to them.
type BackendClient struct {
	ClientID string
	TokenURL string
	KeyID    string
	Key      *rsa.PrivateKey
	HC       *http.Client
}

func (c *BackendClient) assertion() (string, error) {
	now := time.Now()
	t := jwt.NewWithClaims(jwt.SigningMethodRS384, jwt.RegisteredClaims{
		Issuer:    c.ClientID,
		Subject:   c.ClientID,
		Audience:  jwt.ClaimStrings{c.TokenURL},
		ID:        uuid.NewString(),
		ExpiresAt: jwt.NewNumericDate(now.Add(4 * time.Minute)),
	})
	t.Header["kid"] = c.KeyID
	return t.SignedString(c.Key)
}

func (c *BackendClient) Token(ctx context.Context, scope string) (string, error) {
	a, err := c.assertion()
	if err != nil {
		return "", err
	}
	form := url.Values{
		"grant_type":            {"client_credentials"},
		"scope":                 {scope},
		"client_assertion_type": {"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"},
		"client_assertion":      {a},
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.TokenURL, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("token endpoint %s: %s", c.TokenURL, resp.Status)
	}
	var body struct {
		AccessToken string `json:"access_token"`
	}
	return body.AccessToken, json.NewDecoder(resp.Body).Decode(&body)
}
