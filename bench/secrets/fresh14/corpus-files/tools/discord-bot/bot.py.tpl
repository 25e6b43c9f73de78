"""Skyraid community bot: /link (ties a Discord account to a Skyraid account), /status, patch-note relay."""
import json
import os
from pathlib import Path

import discord
import httpx
from discord import app_commands

CONFIG = json.loads((Path(__file__).parent / "config.json").read_text())


def setting(value: str) -> str:
    """config.json values of the form env:NAME are read from the environment."""
    return os.environ[value[4:]] if value.startswith("env:") else value


intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)


@tree.command(name="status", description="Is Skyraid up?")
async def status(interaction: discord.Interaction) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        r = await http.get(f"{CONFIG['nakama']['url']}/healthcheck")
    await interaction.response.send_message("🟢 servers are up" if r.status_code == 200 else "🔴 we are looking into it")


@tree.command(name="link", description="Link your Skyraid account (you get a code in-game under Settings → Account)")
async def link(interaction: discord.Interaction, code: str) -> None:
    http_key = setting(CONFIG["nakama"]["httpKey"])
    async with httpx.AsyncClient(timeout=5) as http:
        r = await http.post(
            f"{CONFIG['nakama']['url']}/v2/rpc/discord_link?http_key={http_key}&unwrap", ⟦D bot-httpkey-var⟧
            json={"code": code, "discord_id": str(interaction.user.id)},
        )
    ok = r.status_code == 200
    await interaction.response.send_message("Linked! 🎉" if ok else "That code did not work.", ephemeral=True)


@client.event
async def on_ready() -> None:
    await tree.sync(guild=discord.Object(id=int(CONFIG["guildId"])))


if __name__ == "__main__":
    client.run(setting(CONFIG["token"]))
