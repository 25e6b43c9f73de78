release: cd api && bin/rails db:migrate
web: cd api && bundle exec puma -C config/puma.rb
worker: cd api && bundle exec sidekiq -C config/sidekiq.yml
