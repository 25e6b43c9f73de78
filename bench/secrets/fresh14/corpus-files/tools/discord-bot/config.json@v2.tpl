{
  "applicationId": "«discord_client_id#bot»", ⟦D db-appid⟧
  "publicKey": "«discord_pub#bot»", ⟦D db-pubkey⟧
  "token": "env:DISCORD_BOT_TOKEN", ⟦D db-token-env⟧
  "guildId": "«discord_client_id#guild»",
  "channels": {
    "patchNotes": "«discord_client_id#patchnotes»",
    "bugReports": "«discord_client_id#bugs»",
    "modLog": "«discord_client_id#modlog»"
  },
  "nakama": {
    "url": "https://mm.skyraid.pixelforge.games",
    "httpKey": "env:NAKAMA_HTTP_KEY"
  },
  "linkRoleName": "Verified Pilot"
}
