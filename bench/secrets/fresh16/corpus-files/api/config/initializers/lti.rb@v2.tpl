# LTI 1.3 tool configuration. Platforms (Canvas, Moodle, Blackboard) are registered in config/lti/platforms.yml;
# our tool signs deep-linking responses and service tokens with the key below and publishes its public half at
# https://api.classnote.io/.well-known/jwks.json.
#
# The private key lives in the encrypted credentials (lti.tool_private_key) since the May clean-up.
module Lti
  TOOL_KID = "«kid#tool-2024»" ⟦D lti-kid⟧
  TOOL_KEY = OpenSSL::PKey::RSA.new(Rails.application.credentials.dig(:lti, :tool_private_key)) ⟦D lti2-key⟧
  PLATFORMS = YAML.load_file(Rails.root.join("config/lti/platforms.yml")).deep_symbolize_keys.freeze

  def self.platform(issuer, client_id)
    PLATFORMS.values.find { |p| p[:issuer] == issuer && p[:client_id] == client_id } or
      raise Lti::UnknownPlatform, "#{issuer} / #{client_id}"
  end
end
