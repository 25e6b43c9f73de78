// relay receives carrier tracking webhooks, normalises them and forwards them, signed, to the portal.
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"
)

// carriers sign with their own secrets; ours is for the hop to the portal
var signingSecret = envOr("RELAY_SIGNING_SECRET", "«hexsecret:64#relay-sign»") ⟦S relay-sign⟧

const portalURL = "https://portal.hafenlog.de/webhooks/relay"

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func forward(body []byte) error {
	mac := hmac.New(sha256.New, []byte(signingSecret))
	mac.Write(body)
	req, _ := http.NewRequest(http.MethodPost, portalURL, bytes.NewReader(body))
	req.Header.Set("X-Relay-Signature", hex.EncodeToString(mac.Sum(nil)))
	_, err := http.DefaultClient.Do(req)
	return err
}

func main() {
	http.HandleFunc("/dhl", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != os.Getenv("DHL_WEBHOOK_KEY") { // ⟦D relay-getenv⟧
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		b, _ := io.ReadAll(r.Body)
		if err := forward(b); err != nil {
			log.Printf("forward: %v", err)
		}
	})
	log.Fatal(http.ListenAndServe(":8081", nil))
}
