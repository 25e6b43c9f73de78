import hmac
import os

from fastapi import FastAPI, Header, HTTPException
from openai import OpenAI

from .settings import settings

app = FastAPI(title="quillmate-worker")
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])   ⟦D d-py-env⟧


@app.post("/jobs/embed")
async def embed(payload: dict, x_worker_signature: str = Header(...)):
    expected = hmac.new(settings.worker_shared_secret.encode(), str(payload).encode(), "sha256").hexdigest()
    if not hmac.compare_digest(expected, x_worker_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    vec = client.embeddings.create(model=settings.embedding_model, input=payload["text"])
    return {"dims": len(vec.data[0].embedding)}


@app.get("/healthz")
async def healthz():
    return {"status": "ok", "build": "«sha1#worker-build»"}   ⟦D d-py-build⟧
