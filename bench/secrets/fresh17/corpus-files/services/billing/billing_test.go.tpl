package billing

import (
	"os"
	"testing"
)

// These hit Stripe test mode. CI sets STRIPE_SECRET_KEY; locally we fall back to the team's test key.
func testConfig(t *testing.T) *Config {
	key := os.Getenv("STRIPE_SECRET_KEY")
	if key == "" {
		key = "«stripe_sk:test#team»" ⟦S billing-test-sk⟧
	}
	return &Config{
		StripeKey:           key,
		StripeWebhookSecret: "«whsec#test»", ⟦S billing-test-whsec⟧
		MembershipPrice:     "price_1P«alnum:22#membership-test»", ⟦D billing-test-price⟧
		Currency:            "usd",
	}
}

func TestChargeCopay(t *testing.T) {
	if testing.Short() {
		t.Skip("network")
	}
	s := New(testConfig(t))
	// pm_card_visa is Stripe's documented test payment method
	pi, err := s.ChargeCopay("cus_«alnum:14#cus-test»", "pm_card_visa", "apt-test-1", 2500) ⟦D billing-cus⟧
	if err != nil {
		t.Fatal(err)
	}
	if pi.Status != "succeeded" {
		t.Fatalf("status %s", pi.Status)
	}
}
