git_url("https://mika-laine:«ghp#match»@github.com/pixelforge-games/ios-certificates.git") ⟦S mf-giturl⟧
storage_mode("git")
type("appstore")
app_identifier(["games.pixelforge.skyraid"])
username("release@pixelforge.games")
