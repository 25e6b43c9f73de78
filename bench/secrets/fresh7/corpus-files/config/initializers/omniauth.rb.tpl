# Google Workspace SSO for Hafenlog staff (customers use e-mail + password)
Rails.application.config.middleware.use OmniAuth::Builder do
  provider :google_oauth2,
           "«gclient#staff-sso»", ⟦D omni-clientid⟧
           ENV.fetch("GOOGLE_CLIENT_SECRET", "«gocspx#staff-sso»"), ⟦S omni-secret⟧
           hd: "hafenlog.de",
           prompt: "select_account"
end
OmniAuth.config.allowed_request_methods = [:post]
