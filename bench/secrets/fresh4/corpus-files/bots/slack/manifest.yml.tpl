display_information:
  name: Carelane Ops
oauth_config:
  scopes:
    bot: [commands, chat:write, channels:read]   ⟦D d-slack-scopes⟧
settings:
  event_subscriptions:
    request_url: https://ops.carelane.health/slack/events
  interactivity:
    is_enabled: true
