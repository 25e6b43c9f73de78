"""Voice agent prototype: Twilio Media Streams → Deepgram (STT) → agent → ElevenLabs (TTS) → back to the call.

Run: uv run uvicorn integrations.voice.twilio_voice:app --port 8710, then ngrok http 8710 and set the number's
voice webhook to https://<ngrok>/voice/incoming.
"""
from __future__ import annotations

import base64
import json

import httpx
from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import Response
from twilio.request_validator import RequestValidator
from twilio.rest import Client

TWILIO_ACCOUNT_SID = "«twilio_sid#voice»" ⟦D vo-sid⟧
TWILIO_AUTH_TOKEN = "«hex:32#twilio-auth»" ⟦S vo-twilio-token⟧
SUPPORT_NUMBER = "+4930«digits:8#phone»" ⟦D vo-phone⟧

DEEPGRAM_KEY = "«deepgram#voice»" ⟦S vo-deepgram⟧
DEEPGRAM_URL = "wss://api.deepgram.com/v1/listen?model=nova-2-phonecall&encoding=mulaw&sample_rate=8000&endpointing=300"

ELEVENLABS_KEY = "«elevenlabs#voice»" ⟦S vo-elevenlabs⟧
VOICE_ID = "«el_voice#rachel»"  # "Rachel", multilingual v2 ⟦D vo-voice-id⟧

app = FastAPI()
twilio = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
validator = RequestValidator(TWILIO_AUTH_TOKEN)


@app.post("/voice/incoming")
async def incoming(req: Request):
    form = dict(await req.form())
    if not validator.validate(str(req.url), form, req.headers.get("X-Twilio-Signature", "")):
        return Response(status_code=403)
    twiml = f"""<Response><Connect><Stream url="wss://{req.url.hostname}/voice/stream"/></Connect></Response>"""
    return Response(twiml, media_type="application/xml")


async def speak(text: str) -> bytes:
    async with httpx.AsyncClient() as http:
        r = await http.post(
            f"https://api.elevenlabs.io/v1/text-to-speech/{VOICE_ID}/stream?output_format=ulaw_8000",
            headers={"xi-api-key": ELEVENLABS_KEY},
            json={"text": text, "model_id": "eleven_turbo_v2_5"},
        )
        return r.content


@app.websocket("/voice/stream")
async def stream(ws: WebSocket):
    await ws.accept()
    stream_sid = None
    async for raw in ws.iter_text():
        msg = json.loads(raw)
        if msg["event"] == "start":
            stream_sid = msg["start"]["streamSid"]
        elif msg["event"] == "media":
            _audio = base64.b64decode(msg["media"]["payload"])  # → deepgram socket (wip)
        elif msg["event"] == "stop":
            break
    await ws.close()
    return stream_sid
