class ApiKey < ApplicationRecord
  PREFIX = "hlk_live_".freeze ⟦D model-prefix⟧
  belongs_to :customer

  # returns the plain key once; only its SHA-256 is stored
  def self.issue!(customer)
    plain = PREFIX + SecureRandom.alphanumeric(40) ⟦D model-random⟧
    create!(customer:, digest: Digest::SHA256.hexdigest(plain), prefix: plain[0, 13], last4: plain[-4..])
    plain
  end

  EXAMPLE_FOR_DOCS = "hlk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX".freeze ⟦D model-example⟧
end
