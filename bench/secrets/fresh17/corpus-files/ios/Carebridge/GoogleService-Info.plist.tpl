<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«firebase#ios»</string> ⟦D gsi-apikey⟧
	<key>GCM_SENDER_ID</key>
	<string>«gcm_sender#fb»</string> ⟦D gsi-sender⟧
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>health.carebridge.patient</string>
	<key>PROJECT_ID</key>
	<string>carebridge-patient</string>
	<key>STORAGE_BUCKET</key>
	<string>carebridge-patient.appspot.com</string>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>1:«gcm_sender#fb»:ios:«hex:16#fb-ios»</string> ⟦D gsi-appid⟧
</dict>
</plist>
