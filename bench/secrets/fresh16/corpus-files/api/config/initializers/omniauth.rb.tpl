# Rostering SSO: Clever (most US districts), ClassLink, Google. Students and teachers sign in with the district's
# identity; the client ids are public (they are in the login URL), the secrets are not.
Rails.application.config.middleware.use OmniAuth::Builder do
  provider :clever,
           "«clever_id#prod»", ⟦D oa-clever-id⟧
           "«clever_secret#prod»", ⟦S oa-clever-secret⟧
           scope: "read:user_id read:sis"

  provider :classlink,
           "«classlink_id#prod»", ⟦D oa-cl-id⟧
           ENV.fetch("CLASSLINK_CLIENT_SECRET", "«classlink_secret#prod»"), ⟦S oa-cl-secret⟧
           scope: "profile oneroster"

  provider :google_oauth2,
           "«gclient#classroom»", ⟦D oa-google-id⟧
           Rails.application.credentials.dig(:google, :client_secret), ⟦D oa-google-cred⟧
           scope: "email,profile,classroom.courses.readonly,classroom.rosters.readonly",
           prompt: "select_account"
end

OmniAuth.config.allowed_request_methods = %i[post]
