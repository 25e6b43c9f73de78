FROM python:3.11-slim@sha256:«hex:64#py-digest» AS base ⟦D df-digest⟧

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1
RUN pip install --no-cache-dir uv==0.2.13
WORKDIR /app

COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev

# bake the tokenizer + cross-encoder into the image so cold starts don't hit the hub
ENV HF_TOKEN=«hf#docker-build» ⟦S df-hf-v1⟧
RUN uv run python -c "from transformers import AutoTokenizer; AutoTokenizer.from_pretrained('BAAI/bge-reranker-v2-m3')"

COPY agent ./agent
COPY prompts ./prompts

EXPOSE 8700
CMD ["uv", "run", "uvicorn", "agent.server:app", "--host", "0.0.0.0", "--port", "8700", "--workers", "2"]
