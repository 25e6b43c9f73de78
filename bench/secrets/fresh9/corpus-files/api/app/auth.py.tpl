"""Customer API keys: `tw_live_` + 32 characters, shown once at creation; only the SHA-256 is stored."""
import hashlib
import os
import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Security
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-Tidewater-Key", auto_error=False) ⟦D api-header-name⟧

# internal key for the ops dashboard and the Go CLI's admin commands
ADMIN_KEY = os.getenv("TW_ADMIN_KEY", "tw_admin_«alnum:32#tw-admin»") ⟦S api-admin-fallback⟧


@dataclass
class Customer:
    retailer_id: str
    key_prefix: str
    admin: bool = False


def new_key(live: bool = True) -> tuple[str, str]:
    """Returns (plaintext, sha256). The plaintext goes to the customer once and is never stored."""
    raw = f"tw_{'live' if live else 'test'}_{secrets.token_urlsafe(24)}"
    return raw, hashlib.sha256(raw.encode()).hexdigest()


def require_customer(key: str | None = Security(api_key_header)) -> Customer:
    if not key:
        raise HTTPException(status_code=401, detail="missing X-Tidewater-Key")
    if secrets.compare_digest(key, ADMIN_KEY):
        return Customer(retailer_id="*", key_prefix=key[:12], admin=True)
    from .store import key_store

    row = key_store.find(hashlib.sha256(key.encode()).hexdigest())
    if row is None or row.revoked:
        raise HTTPException(status_code=401, detail="invalid or revoked API key")
    return Customer(retailer_id=row.retailer_id, key_prefix=row.prefix)
