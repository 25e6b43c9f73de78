RAILS_ENV=production
SECRET_KEY_BASE=«hexsecret:128#skb-prod» ⟦S envp-skb⟧
DATABASE_URL=postgres://portal:«pwr#envp-db»@10.0.1.4:5432/portal_production ⟦S envp-db⟧
SLACK_BOT_TOKEN=«xoxb#envp-bot» ⟦S envp-bot⟧
MAILGUN_DOMAIN=mg.hafenlog.de
RAILS_LOG_TO_STDOUT=1
