import { App } from '@slack/bolt';

// #ops-alerts bot: posts stuck orders every 5 minutes
const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? '«xoxb#ops-bot»',   ⟦S s-slack-xoxb⟧
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '«hex:32#slack-signing»',   ⟦S s-slack-signing⟧
  socketMode: true,
  appToken: process.env.SLACK_APP_TOKEN,   ⟦D d-slack-apptoken-env⟧
});

const CHANNELS = { opsAlerts: '«slack_channel#ops-alerts»', courierSupport: '«slack_channel#courier-support»' };   ⟦D d-slack-channels⟧
const TEAM_ID = 'T«upper:10#slack-team»';   ⟦D d-slack-team⟧

app.command('/stuck', async ({ ack, respond }) => {
  await ack();
  await respond({ text: 'Checking orders stuck in PREPARING for more than 30 minutes…' });
});

export { app, CHANNELS, TEAM_ID };
