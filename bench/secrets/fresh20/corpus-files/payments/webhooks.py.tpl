import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

ENDPOINT_SECRET = settings.STRIPE_WEBHOOK_SECRET or "«whsec#connect-endpoint»" ⟦S whsec-fallback⟧


@csrf_exempt
def stripe_webhook(request):
    sig = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(request.body, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest("bad signature")
    if event["type"] == "payment_intent.succeeded":
        from leases.tasks import mark_paid

        mark_paid.delay(event["data"]["object"]["id"])
    return HttpResponse(status=204)
