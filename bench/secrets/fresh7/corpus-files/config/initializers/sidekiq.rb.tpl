# Redis on the private network; the password is the one in /etc/redis/redis.conf on db-1
REDIS_URL = ENV.fetch("REDIS_URL", "redis://:«pwr#redis»@10.0.1.5:6379/1") ⟦S sidekiq-redis⟧

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL }
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL }
end
