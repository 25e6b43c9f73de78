{
  "metadata": { "version": 2, "exported_at": "2023-12-04T16:22:10Z", "account": "digital@openharbor.org" },
  "zaps": [
    {
      "id": 218734455,
      "title": "New webform volunteer -> Airtable + Slack",
      "status": "on",
      "nodes": {
        "1": { "app": "WebHooksCLIAPI", "action": "hook_v2", "params": { "url": "«zapier#webform»" } }, ⟦S zap-hook⟧
        "2": { "app": "AirtableCLIAPI", "action": "create_record", "params": { "base": "«air_base#vol»", "table": "Volunteers" }, "authentication_id": 9817224 }, ⟦D zap-air-base⟧
        "3": { "app": "SlackCLIAPI", "action": "channel_message", "params": { "channel": "C04PZ7K2R1M", "text": "New volunteer: {{1__name}} ({{1__email}})" } } ⟦D zap-slack-channel⟧
      }
    },
    {
      "id": 218734460,
      "title": "Stripe donation > $500 -> major gifts email",
      "status": "on",
      "nodes": {
        "1": { "app": "StripeCLIAPI", "action": "new_charge", "params": { "min_amount": 50000 }, "authentication_id": 9817230 },
        "2": { "app": "WebHooksCLIAPI", "action": "post", "params": {
          "url": "https://openharbor.org/civicrm/ajax/api4/Contribution/create",
          "headers": { "X-Civi-Auth": "Bearer «hex:40#civi-api-key»", "X-Civi-Key": "«civi_key#site»" }, ⟦S zap-civi-headers⟧
          "data": "{{1__amount}}"
        } },
        "3": { "app": "GmailCLIAPI", "action": "send_email", "params": { "to": "majorgifts@openharbor.org", "subject": "Gift over $500: {{1__billing_details__name}}" } }
      }
    },
    {
      "id": 218734471,
      "title": "Mailchimp unsubscribe -> Salesforce opt-out",
      "status": "paused",
      "nodes": {
        "1": { "app": "MailchimpCLIAPI", "action": "unsubscribe", "params": { "list_id": "«hex:10#audience»" } }, ⟦D zap-mc-list⟧
        "2": { "app": "SalesforceCLIAPI", "action": "update_record", "params": { "object": "Contact", "HasOptedOutOfEmail": true } }
      }
    }
  ]
}
