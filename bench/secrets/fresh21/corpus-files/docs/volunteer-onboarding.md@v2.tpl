# Volunteer onboarding (digital)

Welcome aboard! This is the page we send to new digital volunteers. Please read it all before your first shift.

## Accounts you'll get

1. A Google Workspace account `firstname@volunteers.openharbor.org`. Turn on 2-step verification on day one.
2. Drupal editor role on openharbor.org (Priya creates it; you'll get a one-time login link).
3. Airtable "Volunteers" base, editor.
4. Bitwarden: an invite to the "Digital – volunteers" collection. Passwords go there, not here.

## Shared logins (until everyone has their own)

- Campaign site WordPress admin: https://harborlights.openharbor.org/wp-admin — user `hl-editor`, password in Bitwarden ("Harbor Lights WP"). ⟦D onb-wp-bitwarden⟧
- Canva team: design@openharbor.org / «memorable#canva» ⟦S onb-canva⟧
- Mailchimp: log in with Google (design@), no password needed.
- The office Wi-Fi is "OH-Guest", password on the fridge. ⟦D onb-wifi⟧
- Hootsuite: ask Tomás, it's in Bitwarden under "Social". ⟦D onb-hootsuite⟧
- Zoom host account for the webinars: webinars@openharbor.org, pw «pwh#zoom» (host key 482913) ⟦S onb-zoom⟧

## Test donations

Use Stripe's test card `4242 4242 4242 4242`, any future date, any CVC. ⟦D onb-testcard⟧
For PayPal sandbox, the buyer account is `sb-buyer@personal.example.com` / `sandbox-password`. ⟦D onb-paypal-sandbox⟧

## Things not to do

- Don't export the donor list to your own drive.
- Don't paste API keys into Slack. If you find one, tell Priya and she'll rotate it.
- The "Reset password" link on the Drupal login page is fine to use; the string "Forgot your password?" is translated in config/sync/language/es. ⟦D onb-i18n⟧
