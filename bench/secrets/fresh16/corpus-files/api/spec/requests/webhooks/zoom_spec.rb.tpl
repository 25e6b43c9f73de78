require "rails_helper"

RSpec.describe "Zoom webhooks", type: :request do
  let(:secret) { "test-zoom-secret-token" } ⟦D spec-secret⟧
  let(:body) { { event: "meeting.ended", payload: { object: { id: 8_512_334_101 } } }.to_json }
  let(:ts) { "1714646401" }

  before { stub_const("Webhooks::ZoomController::SECRET_TOKEN", secret) }

  def signature(payload)
    "v0=" + OpenSSL::HMAC.hexdigest("sha256", secret, "v0:#{ts}:#{payload}")
  end

  it "accepts a correctly signed event" do
    post "/webhooks/zoom", params: body, headers: { "x-zm-request-timestamp" => ts, "x-zm-signature" => signature(body),
                                                     "CONTENT_TYPE" => "application/json" }
    expect(response).to have_http_status(:ok)
  end

  it "rejects a wrong signature" do
    post "/webhooks/zoom", params: body, headers: { "x-zm-request-timestamp" => ts,
                                                     "x-zm-signature" => "v0=«hex:64#spec-badsig»", ⟦D spec-badsig⟧
                                                     "CONTENT_TYPE" => "application/json" }
    expect(response).to have_http_status(:unauthorized)
  end

  it "answers URL validation with the encrypted token" do
    post "/webhooks/zoom", params: { event: "endpoint.url_validation", payload: { plainToken: "qgg8vlvZRS6UYooatFL8Aw" } }.to_json,
                           headers: { "CONTENT_TYPE" => "application/json" }
    expect(response.parsed_body["encryptedToken"]).to eq(OpenSSL::HMAC.hexdigest("sha256", secret, "qgg8vlvZRS6UYooatFL8Aw"))
  end
end
