[project]
name = "relaydesk-agent"
version = "0.4.0"
description = "Relaydesk support agent service"
requires-python = ">=3.11"
dependencies = [
    "fastapi>=0.111",
    "uvicorn[standard]>=0.30",
    "langchain>=0.2.5",
    "langchain-openai>=0.1.8",
    "langchain-anthropic>=0.1.15",
    "langchain-cohere>=0.1.8",
    "langchain-mistralai>=0.1.8",
    "langchain-groq>=0.1.5",
    "langchain-together>=0.1.3",
    "langgraph>=0.1.1",
    "langsmith>=0.1.77",
    "langfuse>=2.36",
    "pinecone-client>=4.1",
    "qdrant-client>=1.9",
    "weaviate-client>=4.6",
    "stripe>=9.12",
    "google-api-python-client>=2.133",
    "google-auth-oauthlib>=1.2",
    "httpx>=0.27",
    "pydantic-settings>=2.3",
    "tenacity>=8.3",
]

[project.optional-dependencies]
dev = ["pytest>=8.2", "pytest-asyncio>=0.23", "ruff>=0.4.9", "respx>=0.21", "ipykernel>=6.29"]

[tool.ruff]
line-length = 110
target-version = "py311"

[tool.pytest.ini_options]
asyncio_mode = "auto"
testpaths = ["tests"]
