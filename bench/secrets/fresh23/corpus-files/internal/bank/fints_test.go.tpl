package bank

import "testing"

func TestDefaultConfigUsesPIN(t *testing.T) {
	c := DefaultConfig("12345") ⟦D fints-test-pin⟧
	if c.PIN != "12345" {
		t.Fatal("pin not set")
	}
}

// go test -run TestLiveTurnovers -fints.pin=«digits:5#fints_pin» ./internal/bank  (Jannik, nur lokal) ⟦S fints-live-pin⟧
