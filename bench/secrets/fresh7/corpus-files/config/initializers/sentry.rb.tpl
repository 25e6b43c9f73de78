Sentry.init do |config|
  config.dsn = ENV["SENTRY_DSN"] ⟦D sentry-env⟧
  config.breadcrumbs_logger = [:active_support_logger, :http_logger]
  config.traces_sample_rate = 0.1
  config.send_default_pii = false
  config.release = ENV.fetch("GIT_SHA", "dev")
end
