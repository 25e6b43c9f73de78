"""Loads prompts from prompts/library.yaml and fills their {placeholders}."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LIBRARY = Path(__file__).resolve().parent.parent / "prompts" / "library.yaml"
DEFAULTS = {"agent_name": "Robin", "company_name": "your store", "auto_refund_limit": "€50"}


@lru_cache
def _library() -> dict:
    return yaml.safe_load(LIBRARY.read_text(encoding="utf-8"))


def load_prompt(name: str, **values: str) -> str:
    entry = _library()[name]
    return entry["text"].format_map({**DEFAULTS, **values})


def prompt_version(name: str) -> int:
    return int(_library()[name]["v"])
