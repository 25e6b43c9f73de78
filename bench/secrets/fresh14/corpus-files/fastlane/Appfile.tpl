app_identifier("games.pixelforge.skyraid")
apple_id("release@pixelforge.games")
itc_team_id("«digits:9#itcteam»") ⟦D af-itc⟧
team_id("«upper:10#appleteam»") ⟦D af-team⟧

for_platform :android do
  package_name("games.pixelforge.skyraid")
  json_key_file("fastlane/play-store-credentials.json")
end
