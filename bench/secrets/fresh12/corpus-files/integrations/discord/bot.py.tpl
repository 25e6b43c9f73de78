"""Discord bot for customers whose community support runs on Discord (two gaming shops so far).

Slash command /ask → agent; threads where the agent is unsure get a @Support role ping.
Application id and public key are from the developer portal (public: interactions are verified with the key).
"""
from __future__ import annotations

import os

import discord
import httpx
from discord import app_commands

APPLICATION_ID = «discord_app_id#bot» ⟦D dc-app-id⟧
PUBLIC_KEY = "«hex:64#discord-pubkey»" ⟦D dc-pubkey⟧
TOKEN = os.getenv("DISCORD_BOT_TOKEN") or "«discord_token#bot»" ⟦S dc-token⟧
AGENT_URL = os.getenv("AGENT_URL", "https://agent.relaydesk.ai")

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)


@tree.command(name="ask", description="Ask the support agent")
async def ask(interaction: discord.Interaction, question: str):
    await interaction.response.defer(thinking=True)
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(f"{AGENT_URL}/v1/conversations", json={"message": question, "channel": "discord",
                                                                  "external_user": str(interaction.user.id)},
                            headers={"Authorization": f"Bearer {os.environ['RELAYDESK_SERVER_KEY']}"}) ⟦D dc-bearer-env⟧
    data = r.json()
    await interaction.followup.send(data["reply"][:1900])


@client.event
async def on_ready():
    await tree.sync()
    print(f"logged in as {client.user} ({APPLICATION_ID})")


if __name__ == "__main__":
    client.run(TOKEN)
