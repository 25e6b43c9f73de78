"""The Things Stack v3: webhook receiver for uplinks, and downlinks through the Application Server API."""
import base64

import httpx
from fastapi import APIRouter, Header, HTTPException

router = APIRouter(prefix="/ttn")

TTN_BASE = "https://eu1.cloud.thethings.network/api/v3"
TTN_APP_ID = "coldchain-probes"
# API key with rights: RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE, RIGHT_APPLICATION_TRAFFIC_READ
TTN_API_KEY = "«ttn#app-downlink»" ⟦S ttn-key⟧
WEBHOOK_SECRET = "«hex:32#ttn-webhook»" ⟦S ttn-whsec⟧


@router.post("/uplink")
async def uplink(body: dict, x_downlink_apikey: str | None = Header(default=None), x_webhook_secret: str | None = Header(default=None)):
    if x_webhook_secret != WEBHOOK_SECRET:
        raise HTTPException(401)
    dev_eui = body["end_device_ids"]["dev_eui"]
    payload = base64.b64decode(body["uplink_message"]["frm_payload"])
    temp_c = int.from_bytes(payload[0:2], "big", signed=True) / 100
    return {"dev_eui": dev_eui, "temp_c": temp_c}


async def push_band(device_id: str, low_c: float, high_c: float) -> None:
    frm = int(low_c * 100).to_bytes(2, "big", signed=True) + int(high_c * 100).to_bytes(2, "big", signed=True)
    async with httpx.AsyncClient() as c:
        r = await c.post(
            f"{TTN_BASE}/as/applications/{TTN_APP_ID}/devices/{device_id}/down/push",
            headers={"Authorization": f"Bearer {TTN_API_KEY}"}, ⟦D ttn-hdr⟧
            json={"downlinks": [{"f_port": 10, "frm_payload": base64.b64encode(frm).decode(), "priority": "NORMAL"}]},
        )
        r.raise_for_status()
