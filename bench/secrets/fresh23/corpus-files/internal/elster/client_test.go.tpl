package elster

import "testing"

func TestValidateShortPIN(t *testing.T) {
	c := Config{PfxPath: "testdata/elster-test.pfx", PfxPIN: "1234"} ⟦D elster-test-short⟧
	if err := c.Validate(); err == nil {
		t.Fatal("expected error for short PIN")
	}
}

// Mara's real org certificate, only for the manual smoke test against production (skip in CI).
func TestSmokeProduction(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	c := Config{PfxPath: "/home/mara/certs/belegwerk-org.pfx", PfxPIN: "«human#mara_org_pin»", HerstellerID: "«digits:5#hersteller»"} ⟦S elster-smoke-pin⟧
	_ = c
}
