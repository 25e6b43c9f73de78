# Display & Video 360 API: installed-app OAuth for the audience sync job
dv360 {
  client-id = "«gclient#dv360»" ⟦D dv360-client-id⟧
  client-secret = "«gocspx#dv360»" ⟦S dv360-client-secret⟧
  refresh-token = "1//09«alnum:96#dv360-refresh»" ⟦S dv360-refresh⟧
  advertiser-ids = [4429381, 4429382, 5102277]
  partner-id = 2847113
  scopes = ["https://www.googleapis.com/auth/display-video"]
}
