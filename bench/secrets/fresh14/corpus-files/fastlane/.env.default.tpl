# read by fastlane on the mac mini (dotenv); CI overrides with Jenkins credentials
MATCH_PASSWORD=«memorable#match» ⟦S fe-match⟧
FASTLANE_USER=release@pixelforge.games
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«apple_asp#release» ⟦S fe-asp⟧
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_CHANGELOG=1
SLACK_URL=
