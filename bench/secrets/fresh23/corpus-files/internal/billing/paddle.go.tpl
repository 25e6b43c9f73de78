package billing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Paddle Billing signs webhooks with "Paddle-Signature: ts=...;h1=..." (HMAC-SHA256 over "ts:body").
func Verify(secret, header string, body []byte) error {
	var ts, h1 string
	for _, part := range strings.Split(header, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "ts":
			ts = v
		case "h1":
			h1 = v
		}
	}
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "%s:%s", ts, body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(h1)) {
		return fmt.Errorf("paddle: signature mismatch")
	}
	return nil
}
