# Google Classroom sync: imports courses and rosters for districts on Google Workspace for Education.
# Uses the service account below with domain-wide delegation (the district admin authorises its client id
# for the classroom.* scopes), impersonating the teacher.
require "googleauth"

class GoogleClassroom
  SCOPES = %w[
    https://www.googleapis.com/auth/classroom.courses.readonly
    https://www.googleapis.com/auth/classroom.rosters.readonly
  ].freeze
  KEY_FILE = Rails.root.join("config/google/classroom-sa.json")

  def initialize(teacher_email)
    creds = Google::Auth::ServiceAccountCredentials.make_creds(json_key_io: File.open(KEY_FILE), scope: SCOPES)
    @auth = creds.dup.tap { |c| c.sub = teacher_email }
  end

  def courses
    get("https://classroom.googleapis.com/v1/courses?teacherId=me&courseStates=ACTIVE").fetch("courses", [])
  end

  def students(course_id)
    get("https://classroom.googleapis.com/v1/courses/#{course_id}/students").fetch("students", [])
  end

  private

  def get(url)
    @auth.fetch_access_token! if @auth.access_token.nil? || @auth.expires_within?(60)
    JSON.parse(HTTP.auth("Bearer #{@auth.access_token}").get(url).to_s)
  end
end
