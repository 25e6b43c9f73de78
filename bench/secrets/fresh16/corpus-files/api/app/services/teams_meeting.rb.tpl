# Microsoft Teams meetings via Microsoft Graph (app registration "Classnote Teams", multi-tenant).
# Districts on Microsoft 365 grant admin consent once; we then create online meetings on the teacher's behalf.
class TeamsMeeting
  AUTHORITY = "https://login.microsoftonline.com".freeze
  GRAPH = "https://graph.microsoft.com/v1.0".freeze
  CLIENT_ID = "«uuid4#teams-app»".freeze # application (client) id, shown on the consent screen ⟦D teams-client⟧

  def initialize(district)
    @tenant_id = district.microsoft_tenant_id
  end

  def create(lesson, organizer_upn)
    token = app_token
    res = HTTP.auth("Bearer #{token}").post("#{GRAPH}/users/#{organizer_upn}/onlineMeetings", json: {
      subject: lesson.title,
      startDateTime: lesson.starts_at.iso8601,
      endDateTime: lesson.ends_at.iso8601,
      lobbyBypassSettings: { scope: "organization" }
    })
    raise TeamsError, res.body.to_s unless res.status.success?
    res.parse.slice("id", "joinWebUrl")
  end

  private

  def app_token
    HTTP.post("#{AUTHORITY}/#{@tenant_id}/oauth2/v2.0/token", form: {
      client_id: CLIENT_ID,
      client_secret: Rails.application.credentials.dig(:microsoft, :client_secret) || "«azure_secret#teams»", ⟦S teams-secret⟧
      scope: "https://graph.microsoft.com/.default",
      grant_type: "client_credentials"
    }).parse.fetch("access_token")
  end
end
