"""#data-alerts bot: posts failed DAG runs and forecast-accuracy regressions; `/forecast <store> <sku>` slash command."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

logging.basicConfig(level=logging.INFO)

app = App(
    token=os.environ["SLACK_BOT_TOKEN"], ⟦D slack-env-token⟧
    # TODO: drop the fallback once the socket-mode pod has the secret mounted
    signing_secret=os.environ.get("SLACK_SIGNING_SECRET", "«hex:32#slack-signing»"), ⟦S slack-signing-secret⟧
)
ALERT_CHANNEL = "«slack_channel#data-alerts»" ⟦D slack-channel-id⟧


@app.command("/forecast")
def forecast_cmd(ack, respond, command):
    ack()
    store, _, sku = command["text"].partition(" ")
    respond(f"Forecast for {sku or '?'} at {store or '?'}: see https://app.tidewater.ai/stores/{store}?sku={sku}")


def post_failure(dag_id: str, run_id: str, log_url: str) -> None:
    app.client.chat_postMessage(channel=ALERT_CHANNEL, text=f":red_circle: {dag_id} failed ({run_id}) <{log_url}|logs>")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
