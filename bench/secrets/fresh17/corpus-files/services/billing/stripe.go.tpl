package billing

import (
	"fmt"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/paymentintent"
	"github.com/stripe/stripe-go/v76/webhook"
)

type Service struct{ cfg *Config }

func New(cfg *Config) *Service {
	stripe.Key = cfg.StripeKey
	return &Service{cfg: cfg}
}

// ChargeCopay creates and confirms a PaymentIntent for a visit copay. Metadata carries the appointment id only,
// never diagnosis or patient names (Stripe is not covered by our BAA).
func (s *Service) ChargeCopay(customer, paymentMethod, appointmentID string, cents int64) (*stripe.PaymentIntent, error) {
	return paymentintent.New(&stripe.PaymentIntentParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String(s.cfg.Currency),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(paymentMethod),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"appointment_id": appointmentID},
	})
}

func (s *Service) Webhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.cfg.StripeWebhookSecret)
	if err != nil {
		http.Error(w, fmt.Sprintf("signature: %v", err), http.StatusBadRequest)
		return
	}
	_ = ev
	w.WriteHeader(http.StatusNoContent)
}
