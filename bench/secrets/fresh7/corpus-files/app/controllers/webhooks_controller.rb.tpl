class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  # The Go relay signs each body with RELAY_SIGNING_SECRET (HMAC-SHA256, hex)
  def relay
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("RELAY_SIGNING_SECRET"), request.raw_post) ⟦D wh-env⟧
    given = request.headers["X-Relay-Signature"].to_s
    return head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, given)

    TrackingEvent.ingest!(JSON.parse(request.raw_post))
    head :no_content
  end
end
