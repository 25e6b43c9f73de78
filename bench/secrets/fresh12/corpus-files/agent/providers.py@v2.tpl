"""Model router: which provider serves which step, with fallbacks when one is rate-limited or down.

Rough costs per 1k conversations (July): planner 4o ≈ $3.10, drafter sonnet ≈ $5.40, classify on Groq ≈ $0.04.
"""
from __future__ import annotations

import os

from langchain_core.language_models import BaseChatModel
from langchain_groq import ChatGroq
from langchain_mistralai import ChatMistralAI
from langchain_openai import AzureChatOpenAI, ChatOpenAI
from langchain_together import ChatTogether

AZURE_ENDPOINT = "https://relaydesk-eastus2.openai.azure.com/"
AZURE_DEPLOYMENT = "gpt-4o-0806-ptu" ⟦D pv-deployment⟧
# Azure credits from the startup program: use them up before OpenAI direct
AZURE_API_KEY = os.getenv("AZURE_OPENAI_API_KEY", "«azure_oai#eastus2»") ⟦S pv-azure⟧


def azure_planner() -> BaseChatModel:
    return AzureChatOpenAI(
        azure_endpoint=AZURE_ENDPOINT,
        azure_deployment=AZURE_DEPLOYMENT,
        api_version="2024-06-01",
        api_key=AZURE_API_KEY,
        temperature=0,
    )


def fast_classifier() -> BaseChatModel:
    return ChatGroq(model="llama-3.1-70b-versatile", temperature=0, api_key="«groq#router-dev-tier»") ⟦S pv-groq-v2⟧


def eu_fallback() -> BaseChatModel:
    # customers with EU-only data processing: Mistral (Paris)
    return ChatMistralAI(model="mistral-large-2407", temperature=0.2, mistral_api_key=os.environ["MISTRAL_API_KEY"]) ⟦D pv-mistral-env⟧


def cheap_drafter() -> BaseChatModel:
    return ChatTogether(
        model="meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
        together_api_key=os.getenv("TOGETHER_API_KEY", "«together#router»"), ⟦S pv-together⟧
        temperature=0.3,
    )


def openai_direct() -> BaseChatModel:
    return ChatOpenAI(model="gpt-4o-2024-08-06", temperature=0, organization="«openai_org#relaydesk»") ⟦D pv-org⟧


ROUTES = {
    "classify": [fast_classifier],
    "plan": [azure_planner, openai_direct],
    "draft": [cheap_drafter, openai_direct],
    "eu": [eu_fallback],
}
