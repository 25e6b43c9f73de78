require "sidekiq/web"

# Redis on Heroku is TLS with a self-signed cert; production's URL comes from the add-on.
redis_url = ENV.fetch("REDIS_URL", "redis://localhost:6379/0") ⟦D sk-redis-local⟧

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_NONE } }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_NONE } }
end

# Dashboard at /sidekiq for the support team.
Sidekiq::Web.use Rack::Auth::Basic, "Sidekiq" do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, "ops") &
    ActiveSupport::SecurityUtils.secure_compare(password, ENV.fetch("SIDEKIQ_WEB_PASSWORD", "«pwh#sidekiq»")) ⟦S sk-webpw⟧
end
