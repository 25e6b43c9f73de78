package mail

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSendSetsToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Postmark-Server-Token") != "POSTMARK_API_TEST" { ⟦D pm-test-token⟧
			t.Errorf("token header missing")
		}
		w.WriteHeader(200)
	}))
	defer srv.Close()
	c := &Client{token: "POSTMARK_API_TEST", http: srv.Client()}
	_ = c.Send(context.Background(), "test@blackhole.postmarkapp.com", "welcome", nil)
}
