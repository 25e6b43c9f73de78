# Zoom Server-to-Server OAuth app "Classnote Meetings" (owned by the ops@ account).
# Creates the meeting for a live lesson and returns join/start URLs.
class ZoomClient
  TOKEN_URL = "https://zoom.us/oauth/token".freeze
  API = "https://api.zoom.us/v2".freeze

  ACCOUNT_ID = ENV.fetch("ZOOM_ACCOUNT_ID", "«zoom_account#prod»") ⟦D zoom-account⟧
  CLIENT_ID = ENV.fetch("ZOOM_CLIENT_ID", "«zoom_id#prod»") ⟦D zoom-clientid⟧
  CLIENT_SECRET = ENV.fetch("ZOOM_CLIENT_SECRET", "«zoom_secret#prod»") ⟦S zoom-secret⟧

  def create_meeting(lesson)
    res = http.post("#{API}/users/me/meetings", json: {
      topic: lesson.title,
      type: 2,
      start_time: lesson.starts_at.iso8601,
      duration: lesson.duration_minutes,
      settings: { waiting_room: true, join_before_host: false, auto_recording: "none" }
    })
    raise ZoomError, res.body.to_s unless res.status.success?
    res.parse.slice("id", "join_url", "start_url")
  end

  private

  def http
    HTTP.auth("Bearer #{access_token}").timeout(10)
  end

  def access_token
    Rails.cache.fetch("zoom:token", expires_in: 50.minutes) do
      HTTP.basic_auth(user: CLIENT_ID, pass: CLIENT_SECRET)
          .post(TOKEN_URL, form: { grant_type: "account_credentials", account_id: ACCOUNT_ID })
          .parse.fetch("access_token")
    end
  end
end
