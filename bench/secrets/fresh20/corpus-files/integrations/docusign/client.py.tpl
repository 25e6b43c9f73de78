"""DocuSign JWT grant: we act as the ops user to send lease envelopes."""
from pathlib import Path

from django.conf import settings
from docusign_esign import ApiClient, EnvelopesApi

SCOPES = ["signature", "impersonation"]
# consent URL for the ops user (one time):
# https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=«guid#docusign-ikey-demo»&redirect_uri=https://localhost/callback ⟦D ds-consent-url⟧


def api_client() -> ApiClient:
    cfg = settings.DOCUSIGN
    client = ApiClient()
    client.set_oauth_host_name(cfg["OAUTH_HOST"])
    key = Path(cfg["PRIVATE_KEY_PATH"]).read_bytes()
    token = client.request_jwt_user_token(
        client_id=cfg["INTEGRATION_KEY"],
        user_id=cfg["USER_ID"],
        oauth_host_name=cfg["OAUTH_HOST"],
        private_key_bytes=key,
        expires_in=3600,
        scopes=SCOPES,
    )
    client.host = cfg["ACCOUNT_BASE_URI"] + "/restapi"
    client.set_default_header("Authorization", "Bearer " + token.access_token) ⟦D ds-bearer-code⟧
    return client


def send_lease(lease) -> str:
    envelopes = EnvelopesApi(api_client())
    summary = envelopes.create_envelope(account_id="«guid#docusign-account»", envelope_definition=lease.envelope()) ⟦D ds-account-id⟧
    return summary.envelope_id
