# pip-compile --generate-hashes requirements.in
anyio==4.3.0 \
    --hash=sha256:«sha256#req-anyio» ⟦D req-anyio⟧
fastapi==0.110.2 \
    --hash=sha256:«sha256#req-fastapi» ⟦D req-fastapi⟧
httpx==0.27.0 \
    --hash=sha256:«sha256#req-httpx»
pydantic==2.7.1 \
    --hash=sha256:«sha256#req-pydantic»
pydantic-settings==2.2.1 \
    --hash=sha256:«sha256#req-pydset»
psycopg[binary]==3.1.18 \
    --hash=sha256:«sha256#req-psycopg»
uvicorn==0.29.0 \
    --hash=sha256:«sha256#req-uvicorn»
