require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.log_tags = [:request_id]
  config.active_storage.service = :amazon
  config.active_job.queue_adapter = :sidekiq
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }

  config.action_mailer.default_url_options = { host: "app.classnote.io", protocol: "https" }
  # Postmark since May: better inbox placement at districts that filter SendGrid's shared IPs
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: Rails.application.credentials.postmark_api_token } ⟦D prod-postmark⟧

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
  config.hosts << "api.classnote.io"
end
