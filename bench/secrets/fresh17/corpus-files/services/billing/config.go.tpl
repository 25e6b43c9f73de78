package billing

import "github.com/kelseyhightower/envconfig"

type Config struct {
	StripeKey           string `envconfig:"STRIPE_SECRET_KEY" required:"true"`
	StripeWebhookSecret string `envconfig:"STRIPE_WEBHOOK_SECRET" required:"true"`
	// price for the monthly membership; copays are created ad hoc per visit
	MembershipPrice string `envconfig:"MEMBERSHIP_PRICE" default:"price_1P«alnum:22#membership»"` ⟦D billing-price⟧
	Currency        string `envconfig:"CURRENCY" default:"usd"`
}

func Load() (*Config, error) {
	var c Config
	return &c, envconfig.Process("BILLING", &c)
}
