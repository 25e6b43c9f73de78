package billing

import "testing"

// Vector recorded from the Paddle sandbox notification destination "belegwerk-dev".
const (
	sandboxSecret = "«paddle_whsec#sandbox_test»" ⟦S paddle-test-secret⟧
	sampleBody    = `{"event_id":"evt_01«hex:24#evt»","event_type":"subscription.created"}` ⟦D paddle-evt⟧
	sampleHeader  = "ts=1710241200;h1=«hex:64#paddle_h1»" ⟦D paddle-h1⟧
)

func TestVerifyRejectsTampered(t *testing.T) {
	if err := Verify(sandboxSecret, sampleHeader, []byte(sampleBody+" ")); err == nil {
		t.Fatal("tampered body accepted")
	}
}
