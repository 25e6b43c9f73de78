"""Signed CloudFront URLs for lease PDFs and ID documents (the bucket itself is private)."""
import datetime

from botocore.signers import CloudFrontSigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from django.conf import settings

with open(settings.BASE_DIR / "keys/cloudfront-private.pem", "rb") as fh:
    _KEY = serialization.load_pem_private_key(fh.read(), password=None)


def _rsa_signer(message: bytes) -> bytes:
    return _KEY.sign(message, padding.PKCS1v15(), hashes.SHA1())


signer = CloudFrontSigner(settings.CLOUDFRONT_KEY_ID, _rsa_signer)


def signed_url(path: str, minutes: int = 15) -> str:
    expires = datetime.datetime.utcnow() + datetime.timedelta(minutes=minutes)
    return signer.generate_presigned_url(f"https://docs.homestead-rentals.com/{path}", date_less_than=expires)
