---
description: Rules for the Python agent service
globs: agent/**/*.py, evals/**/*.py
alwaysApply: false
---

- Python 3.11, type hints everywhere, `from __future__ import annotations`.
- Every tool is a `@tool` function in `agent/tools/`, registered in `agent/tools/__init__.py` (ALL_TOOLS).
- Settings come from `agent.config.settings()`; never read `os.environ` in tools. Secrets are `SecretStr`, call
  `.get_secret_value()` only at the point of use. ⟦D mdc-secretstr⟧
- Never put API keys in code, notebooks or prompts, not even "temporarily". Use `.env` (gitignored) locally and
  `fly secrets set OPENAI_API_KEY=...` for prod. ⟦D mdc-fly-example⟧
- Prompts live in `prompts/library.yaml`; bump `v` when wording changes. Placeholders are `{snake_case}`.
- Model ids are pinned with dates (`gpt-4o-2024-08-06`, not `gpt-4o`).
- Tests use respx; no test may hit a real provider unless marked `@pytest.mark.live`.
