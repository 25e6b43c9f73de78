"""Temporal activity: run an Onfido document + facial similarity check for a card holder.

Until the Vault agent sidecar lands on the risk workers this reads the token from the pod env.
"""
import logging
import os

from onfido import Api, ApiClient, Configuration
from temporalio import activity

log = logging.getLogger(__name__)

_cfg = Configuration(
    api_token=os.environ.get("ONFIDO_API_TOKEN", "«onfido:live#risk»"), ⟦S onfido-fallback⟧
    region=Configuration.Region.US,
)
_api = Api(ApiClient(_cfg))


@activity.defn(name="onfido.check")
async def run_check(applicant_id: str) -> dict:
    check = _api.create_check({"applicant_id": applicant_id, "report_names": ["document", "facial_similarity_photo"]})
    log.info("onfido check created", extra={"applicant_id": applicant_id, "check_id": check.id})
    return {"check_id": check.id, "status": check.status}
