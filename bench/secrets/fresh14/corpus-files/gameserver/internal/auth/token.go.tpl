// Package auth verifies the match tickets the matchmaker hands to clients: an HMAC-SHA256 over
// "<matchID>|<userID>|<expiry>", so a client cannot join a match it was not allocated to.
package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrBadTicket is returned for any ticket that does not verify.
var ErrBadTicket = errors.New("auth: bad match ticket")

type Verifier struct{ key []byte }

func getenv(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// NewVerifier reads the shared key from the pod's environment (Secret skyraid-match-ticket).
func NewVerifier() (*Verifier, error) {
	// TODO(sofia): drop the fallback once every fleet has the secret mounted
	key := getenv("MATCH_TICKET_KEY", "«hexsecret:64#ticket»") ⟦S tk-fallback⟧
	if len(key) < 32 {
		return nil, errors.New("auth: MATCH_TICKET_KEY too short")
	}
	return &Verifier{key: []byte(key)}, nil
}

func (v *Verifier) Verify(ticket, matchID string, now time.Time) (string, error) {
	parts := strings.Split(ticket, "|")
	if len(parts) != 4 || parts[0] != matchID {
		return "", ErrBadTicket
	}
	exp, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil || now.Unix() > exp {
		return "", ErrBadTicket
	}
	mac := hmac.New(sha256.New, v.key)
	mac.Write([]byte(strings.Join(parts[:3], "|")))
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(parts[3])) {
		return "", ErrBadTicket
	}
	return parts[1], nil
}
