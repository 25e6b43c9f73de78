module github.com/carebridge-health/platform

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.5.5
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/spf13/viper v1.18.2
	github.com/stripe/stripe-go/v76 v76.25.0
	github.com/twilio/twilio-go v1.20.1
	google.golang.org/grpc v1.63.2
)
