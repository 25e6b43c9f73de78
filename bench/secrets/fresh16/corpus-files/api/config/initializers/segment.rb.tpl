# Server-side product analytics (lesson created, assignment handed in). Same Segment source as the mobile app:
# write keys only let you send events, which is why Segment ships them in client code.
# Student events carry no name or email (COPPA / FERPA): only our user id and the district id.
Analytics = Segment::Analytics.new(
  write_key: "«segment#mobile»", ⟦D seg-writekey⟧
  on_error: proc { |status, msg| Rails.logger.warn("segment #{status}: #{msg}") },
  stub: !Rails.env.production?
)
