FASTLANE_USER=aiko@northbeam.digital
FASTLANE_PASSWORD=«pwh#apple-id»   ⟦S s-fastlane-pw⟧
MATCH_PASSWORD=«memorable#match»   ⟦S s-match-pw⟧
MATCH_GIT_BASIC_AUTHORIZATION=«basic:aiko-northbeam#match-git»   ⟦S s-match-basic⟧
FASTLANE_ITC_TEAM_ID=«digits:9#itc-team»   ⟦D d-fastlane-teamid⟧
