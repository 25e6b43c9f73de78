require "sidekiq/web"

Sidekiq::Web.use Rack::Auth::Basic do |username, password|
  ActiveSupport::SecurityUtils.secure_compare(username, "ops") &
    ActiveSupport::SecurityUtils.secure_compare(password, "«pwh#sidekiq-web»") ⟦S routes-sidekiq⟧
end

Rails.application.routes.draw do
  devise_for :users, controllers: { omniauth_callbacks: "users/omniauth_callbacks" }
  mount Sidekiq::Web => "/sidekiq"
  resources :shipments, only: %i[index show new create] do
    resources :proofs, only: %i[index show]
  end
  resources :invoices, only: %i[index show]
  post "/webhooks/relay", to: "webhooks#relay"
  root "shipments#index"
end
