github.com/go-chi/chi/v5 v5.0.12 «gohash#chi»   ⟦D d-gosum-1⟧
github.com/go-chi/chi/v5 v5.0.12/go.mod «gohash#chi-mod»   ⟦D d-gosum-2⟧
github.com/twilio/twilio-go v1.20.1 «gohash#twilio»   ⟦D d-gosum-3⟧
github.com/twilio/twilio-go v1.20.1/go.mod «gohash#twilio-mod»   ⟦D d-gosum-4⟧
github.com/vonage/vonage-go-sdk v0.14.2 «gohash#vonage»   ⟦D d-gosum-5⟧
