"""The support agent as a LangGraph state machine: classify → retrieve → plan → act (tools) → draft → review."""
from __future__ import annotations

from typing import Annotated, Literal, TypedDict

from langchain_anthropic import ChatAnthropic
from langchain_core.messages import AnyMessage, SystemMessage
from langchain_openai import ChatOpenAI
from langgraph.graph import END, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode

from agent.config import settings
from agent.prompts import load_prompt
from agent.tools import ALL_TOOLS
from agent.vectorstores import retriever


class TicketState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    ticket_id: int
    intent: Literal["refund", "order_status", "how_to", "other"] | None
    context: list[str]
    confidence: float


def _planner():
    s = settings()
    return ChatOpenAI(model=s.planner_model, temperature=0, api_key=s.openai_api_key).bind_tools(ALL_TOOLS) ⟦D graph-planner⟧


def _drafter():
    s = settings()
    return ChatAnthropic(model=s.drafter_model, temperature=0.3, max_tokens=1200, api_key=s.anthropic_api_key)


def classify(state: TicketState) -> dict:
    msg = _planner().invoke([SystemMessage(load_prompt("classify_intent")), *state["messages"]])
    return {"intent": msg.additional_kwargs.get("intent", "other")}


def retrieve(state: TicketState) -> dict:
    docs = retriever(k=6).invoke(state["messages"][-1].content)
    return {"context": [d.page_content for d in docs]}


def plan(state: TicketState) -> dict:
    sys = load_prompt("support_agent", context="\n\n".join(state["context"]))
    return {"messages": [_planner().invoke([SystemMessage(sys), *state["messages"]])]}


def draft(state: TicketState) -> dict:
    reply = _drafter().invoke([SystemMessage(load_prompt("draft_reply")), *state["messages"]])
    return {"messages": [reply], "confidence": float(reply.response_metadata.get("confidence", 0.5))}


def route_after_plan(state: TicketState) -> str:
    last = state["messages"][-1]
    return "tools" if getattr(last, "tool_calls", None) else "draft"


def route_after_draft(state: TicketState) -> str:
    return END if state["confidence"] >= settings().handoff_confidence else "handoff"


def handoff(state: TicketState) -> dict:
    # tags the ticket "needs_human" in Zendesk; the tool does the API call
    return {}


builder = StateGraph(TicketState)
builder.add_node("classify", classify)
builder.add_node("retrieve", retrieve)
builder.add_node("plan", plan)
builder.add_node("tools", ToolNode(ALL_TOOLS))
builder.add_node("draft", draft)
builder.add_node("handoff", handoff)
builder.set_entry_point("classify")
builder.add_edge("classify", "retrieve")
builder.add_edge("retrieve", "plan")
builder.add_conditional_edges("plan", route_after_plan)
builder.add_edge("tools", "plan")
builder.add_conditional_edges("draft", route_after_draft)
builder.add_edge("handoff", END)
graph = builder.compile()
