package auth

import (
	"testing"
	"time"
)

// testKey is only used by these tests; the verifier under test is built directly with it.
const testKey = "test-key-not-used-anywhere-else-0123456789" ⟦D tt-testkey⟧

func TestVerifyRejectsExpired(t *testing.T) {
	v := &Verifier{key: []byte(testKey)}
	// ticket and MAC from the matchmaker's own test vector
	ticket := "m-1|u-1|1700000000|«sha256#vector»" ⟦D tt-vector⟧
	if _, err := v.Verify(ticket, "m-1", time.Unix(1800000000, 0)); err == nil {
		t.Fatal("expired ticket accepted")
	}
}
