"""Slack app (Bolt): posts handoffs to the customer's #support-escalations, lets a human take over with one click.

Multi-workspace installs store their bot tokens in Supabase (installation store). The values below are for our own
workspace (relaydesk.slack.com), where we dogfood it.
"""
from __future__ import annotations

import os

from slack_bolt import App
from slack_bolt.adapter.fastapi import SlackRequestHandler

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "«slack_bot#own-workspace»"), ⟦S sk-bot⟧
    signing_secret="«hex:32#slack-signing»", ⟦S sk-signing⟧
)
handler = SlackRequestHandler(app)

CLIENT_ID = "«slack_client_id#app»" ⟦D sk-client-id⟧
APP_ID = "A07«alnum:8#slack-app-id»" ⟦D sk-app-id⟧


@app.command("/relaydesk")
def relaydesk_command(ack, command, respond):
    ack()
    text = command.get("text", "").strip()
    if text.startswith("takeover "):
        conv_id = text.split(" ", 1)[1]
        respond(f"You now own conversation `{conv_id}`. The agent is paused for it.")
    else:
        respond("Usage: /relaydesk takeover <conversation-id>")


@app.action("take_over")
def take_over(ack, body, client):
    ack()
    client.chat_postMessage(channel=body["channel"]["id"], thread_ts=body["message"]["ts"], text=f"<@{body['user']['id']}> took over.")
