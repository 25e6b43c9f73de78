Devise.setup do |config|
  config.mailer_sender = "portal@hafenlog.de"
  config.secret_key = "«hexsecret:128#devise»" ⟦S devise-secret⟧
  config.pepper = "«hexsecret:64#devise-pepper»" ⟦S devise-pepper⟧
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 10..128
  config.reset_password_within = 6.hours
  config.sign_out_via = :delete
end
