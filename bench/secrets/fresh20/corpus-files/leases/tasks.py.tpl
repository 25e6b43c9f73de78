from celery import shared_task
from django.utils import timezone

from leases.models import Lease, RentPayment
from notifications.email import send_template


@shared_task
def mark_paid(payment_intent_id: str) -> None:
    payment = RentPayment.objects.select_related("lease").get(stripe_payment_intent=payment_intent_id)
    payment.paid_at = timezone.now()
    payment.save(update_fields=["paid_at"])


@shared_task
def rent_reminders() -> int:
    due = Lease.objects.active().filter(autopay=False)
    for lease in due:
        send_template(lease.tenant.email, "rent-reminder", {"amount": lease.rent_cents / 100, "unit": str(lease.unit)})
    return due.count()


@shared_task
def reset_password_email(user_id: int, token: str) -> None:
    # token is Django's one-time password-reset token, generated per request
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(pk=user_id)
    send_template(user.email, "password-reset", {"link": f"https://homestead-rentals.com/reset/{user_id}/{token}/"}) ⟦D task-reset-link⟧
