# Teacher lesson videos go to Mux (direct uploads from the app, playback via signed URLs for private classes).
class MuxUploader
  def initialize
    @client = MuxRuby::DirectUploadsApi.new(MuxRuby::ApiClient.new(config))
  end

  def create_upload(lesson)
    req = MuxRuby::CreateUploadRequest.new(
      cors_origin: "https://app.classnote.io",
      new_asset_settings: { playback_policy: [lesson.public? ? "public" : "signed"], passthrough: lesson.id.to_s }
    )
    @client.create_direct_upload(req).data
  end

  private

  def config
    MuxRuby::Configuration.new.tap do |c|
      c.username = ENV.fetch("MUX_TOKEN_ID") ⟦D mux-id⟧
      c.password = ENV.fetch("MUX_TOKEN_SECRET") ⟦D mux-secret⟧
    end
  end

  # Signing key for playback tokens of private lessons (kid is public; the key stays in the credentials).
  def self.playback_token(playback_id)
    key = Rails.application.credentials.mux.fetch(:signing_private_key)
    JWT.encode({ sub: playback_id, aud: "v", exp: 6.hours.from_now.to_i }, OpenSSL::PKey::RSA.new(Base64.decode64(key)),
               "RS256", kid: "«alnum:32#mux-signing-kid»") ⟦D mux-kid⟧
  end
end
