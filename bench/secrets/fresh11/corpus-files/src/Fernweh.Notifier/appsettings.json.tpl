{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "Notifier": {
    "TeamsWebhookUrl": null,
    "SlackWebhookUrl": "«slackhook#callcentre»",  ⟦S notifier-slack⟧
    "QuietHours": { "From": "22:00", "To": "06:00", "TimeZone": "W. Europe Standard Time" }
  }
}
