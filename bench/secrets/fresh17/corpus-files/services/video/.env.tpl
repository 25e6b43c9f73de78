VIDEO_TWILIO_ACCOUNT_SID=«twilio_ac#prod» ⟦D videoenv-acsid⟧
VIDEO_TWILIO_AUTH_TOKEN=«twilio_token#prod» ⟦S videoenv-token⟧
VIDEO_TWILIO_API_KEY_SID=«twilio_sk#prod» ⟦D videoenv-sksid⟧
VIDEO_TWILIO_API_KEY_SECRET=«twilio_secret#prod» ⟦S videoenv-sksecret⟧
VIDEO_VONAGE_API_KEY=«vonage_key#prod» ⟦D videoenv-vkey⟧
VIDEO_VONAGE_API_SECRET=«vonage_secret#prod» ⟦S videoenv-vsecret⟧
VIDEO_ROOM_TYPE=group-small
