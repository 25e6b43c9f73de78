require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.active_storage.service = :wasabi
  config.action_mailer.default_url_options = { host: "portal.hafenlog.de" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.eu.mailgun.org",
    port: 587,
    user_name: "portal@mg.hafenlog.de",
    password: "«pwr#smtp-relay»", ⟦S prod-smtp⟧
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.log_level = :info
end
