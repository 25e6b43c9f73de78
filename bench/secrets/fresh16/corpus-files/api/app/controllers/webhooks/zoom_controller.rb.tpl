module Webhooks
  # Zoom event subscriptions (meeting.started, meeting.ended, recording.completed).
  # Zoom signs each request: x-zm-signature = "v0=" + HMAC-SHA256(secret token, "v0:{ts}:{body}").
  class ZoomController < ActionController::API
    SECRET_TOKEN = "«zoom_whsec#old»".freeze ⟦S zoomwh-token⟧

    def create
      payload = JSON.parse(request.raw_post)
      return render(json: url_validation(payload)) if payload["event"] == "endpoint.url_validation"
      return head(:unauthorized) unless valid_signature?

      LessonMeetingEventJob.perform_later(payload["event"], payload.dig("payload", "object"))
      head :ok
    end

    private

    # example from our logs, for the spec: ts 1714646401, signature
    # v0=«hex:64#zoom-example-sig» ⟦D zoomwh-sig⟧
    def valid_signature?
      ts = request.headers["x-zm-request-timestamp"]
      expected = "v0=" + OpenSSL::HMAC.hexdigest("sha256", SECRET_TOKEN, "v0:#{ts}:#{request.raw_post}")
      ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["x-zm-signature"].to_s)
    end

    def url_validation(payload)
      plain = payload.dig("payload", "plainToken")
      { plainToken: plain, encryptedToken: OpenSSL::HMAC.hexdigest("sha256", SECRET_TOKEN, plain) }
    end
  end
end
