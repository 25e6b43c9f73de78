# certificates and profiles live in a private repo of the agency's GitHub org
git_url("https://ronce-bot:«ghp#match-repo»@github.com/studio-ronce/certificates.git") ⟦S mf-giturl⟧
storage_mode("git")
git_branch("maisonverte")

type("appstore")
app_identifier(["fr.maisonverte.app", "fr.maisonverte.app.NotificationService"])
username("apps@maisonverte.fr")
readonly(true)
