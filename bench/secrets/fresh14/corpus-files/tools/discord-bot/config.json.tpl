{
  "applicationId": "«discord_client_id#bot»", ⟦D db-appid⟧
  "publicKey": "«discord_pub#bot»", ⟦D db-pubkey⟧
  "token": "«discord_bot#v1»", ⟦S db-token⟧
  "guildId": "«discord_client_id#guild»",
  "channels": {
    "patchNotes": "«discord_client_id#patchnotes»",
    "bugReports": "«discord_client_id#bugs»",
    "modLog": "«discord_client_id#modlog»"
  },
  "nakama": {
    "url": "https://mm.skyraid.pixelforge.games",
    "httpKey": "«nakama_key#http»" ⟦S db-nkhttp⟧
  },
  "linkRoleName": "Verified Pilot"
}
