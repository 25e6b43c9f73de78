"""#clinic-ops bot: /slots <clinic> shows free slots, posts no-show alerts."""
import os

from slack_bolt import App

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "«xoxb#opsbot»"),   ⟦S s-slack-xoxb-fallback⟧
    signing_secret="«hex:32#slack-signing»",   ⟦S s-slack-signing⟧
)
CHANNEL_ID = "C0«upper:9#channel»"   ⟦D d-slack-channel⟧


@app.command("/slots")
def slots(ack, respond, command):
    ack()
    respond(f"Free slots for {command['text']}: …")
