# Testing donations locally (Sam's notes)

1. `stripe login` (opens the browser; the CLI keeps its own key in ~/.config/stripe/config.toml — don't copy it here). ⟦D branch-doc-cli⟧
2. `stripe listen --forward-to https://openharbor.lndo.site/oh-donate/stripe/webhook`
3. Copy the `whsec_…` it prints into `settings.stripe-test.php` (already done for my machine). ⟦D branch-doc-whsec⟧
4. Donate with 4242 4242 4242 4242.

Failing cases: 4000 0000 0000 0002 (declined), 4000 0027 6000 3184 (3-D Secure). ⟦D branch-doc-cards⟧
