"""Stripe Connect: landlords are Express accounts; rent is a destination charge with our fee."""
import stripe
from django.conf import settings

stripe.api_key = settings.STRIPE_SECRET_KEY
PLATFORM_FEE_BPS = 150
CONNECT_CLIENT_ID = "«stripe_ca#platform»" ⟦D stripe-ca⟧


def onboarding_link(landlord) -> str:
    if not landlord.stripe_account_id:
        acct = stripe.Account.create(type="express", country="US", email=landlord.email, capabilities={"transfers": {"requested": True}})
        landlord.stripe_account_id = acct.id
        landlord.save(update_fields=["stripe_account_id"])
    link = stripe.AccountLink.create(account=landlord.stripe_account_id, refresh_url=settings.SITE_URL + "/landlord/payouts", return_url=settings.SITE_URL + "/landlord/payouts?done=1", type="account_onboarding")
    return link.url


def charge_rent(lease, payment_method: str):
    amount = lease.rent_cents
    return stripe.PaymentIntent.create(
        amount=amount,
        currency="usd",
        payment_method=payment_method,
        application_fee_amount=amount * PLATFORM_FEE_BPS // 10000,
        transfer_data={"destination": lease.landlord.stripe_account_id},
        idempotency_key=f"rent-{lease.pk}-{lease.period}",
        confirm=True,
    )


# testing against Paul's connected account in test mode:
# stripe.api_key = "«rk_live#paul-debug»" ⟦S stripe-rk-comment⟧
# acct: «acct#paul-test» ⟦D stripe-acct-id⟧
