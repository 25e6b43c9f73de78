# Intercom: support inbox in the teacher web app and the mobile app.
# identity_verification_secret signs user_hash so nobody can impersonate a teacher in the messenger.
INTERCOM_APP_ID = "«intercom_app#prod»" ⟦D ic-app⟧

INTERCOM = Intercom::Client.new(token: ENV.fetch("INTERCOM_ACCESS_TOKEN", "«intercom#prod»")) ⟦S ic-token⟧

module IntercomIdentity
  SECRET = "«intercom_hmac#prod»" ⟦S ic-hmac⟧

  def self.user_hash(user)
    OpenSSL::HMAC.hexdigest("sha256", SECRET, user.id.to_s)
  end
end
