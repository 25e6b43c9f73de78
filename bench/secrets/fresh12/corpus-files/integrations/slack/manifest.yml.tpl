display_information:
  name: Relaydesk
  description: Your AI support agent, in Slack. Escalations land here for a human to take over.
  background_color: "#1f2a44" ⟦D sl-colour⟧
features:
  bot_user:
    display_name: relaydesk
    always_online: true
  slash_commands:
    - command: /relaydesk
      url: https://agent.relaydesk.ai/slack/commands
      description: Ask the agent, or take over a conversation
      usage_hint: "[takeover <conversation-id>] | [ask <question>]"
oauth_config:
  redirect_urls:
    - https://app.relaydesk.ai/api/slack/oauth/callback
  scopes:
    bot:
      - chat:write
      - commands
      - channels:read
      - users:read.email
settings:
  event_subscriptions:
    request_url: https://agent.relaydesk.ai/slack/events
    bot_events:
      - app_mention
      - message.im
  interactivity:
    is_enabled: true
    request_url: https://agent.relaydesk.ai/slack/interactive
  org_deploy_enabled: false
  socket_mode_enabled: false
  token_rotation_enabled: false
