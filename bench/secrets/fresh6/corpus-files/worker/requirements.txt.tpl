fastapi==0.111.0 \
    --hash=sha256:«sha256#fastapi»   ⟦D d-req-fastapi⟧
openai==1.35.3 \
    --hash=sha256:«sha256#openai-pkg»   ⟦D d-req-openai⟧
pydantic-settings==2.3.3 \
    --hash=sha256:«sha256#pydset»   ⟦D d-req-pydset⟧
uvicorn[standard]==0.30.1
