"""./manage.py seed_landlords -- demo landlords and units for local and staging."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from listings.models import Property, Unit

LANDLORDS = [
    ("maria.okafor@gmail.com", "Maria Okafor", "«pwh#maria»"), ⟦S seed-maria⟧
    ("dchen.properties@outlook.com", "David Chen", "«weak#david»"), ⟦S seed-david⟧
    ("demo-landlord@example.com", "Demo Landlord", "password"), ⟦D seed-demo⟧
]


class Command(BaseCommand):
    help = "Create demo landlord accounts with a few units each"

    def add_arguments(self, parser):
        parser.add_argument("--password", help="override every landlord's password") ⟦D seed-arg⟧

    def handle(self, *args, **opts):
        User = get_user_model()
        admin, created = User.objects.get_or_create(email="admin@homestead-rentals.com", defaults={"is_staff": True, "is_superuser": True})
        if created:
            admin.set_password("«weak#readme-admin»") ⟦S seed-admin⟧
            admin.save()
        for email, name, password in LANDLORDS:
            user, _ = User.objects.get_or_create(email=email, defaults={"first_name": name.split()[0]})
            user.set_password(opts["password"] or password)
            user.save()
            prop = Property.objects.create(owner=user, address="1200 Elm St", city="Columbus", state="OH")
            for n in range(1, 4):
                Unit.objects.create(property=prop, label=f"Apt {n}", rent_cents=145000 + n * 5000)
        self.stdout.write(self.style.SUCCESS("seeded %d landlords" % len(LANDLORDS)))
