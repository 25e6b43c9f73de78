<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza#firebase-ios»</string> ⟦D gs-apikey⟧
	<key>GCM_SENDER_ID</key>
	<string>«digits:12#gcm»</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>fr.maisonverte.app</string>
	<key>PROJECT_ID</key>
	<string>maison-verte-app</string>
	<key>STORAGE_BUCKET</key>
	<string>maison-verte-app.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false></false>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>1:«digits:12#gcm»:ios:«hex:22#gapp»</string> ⟦D gs-appid⟧
</dict>
</plist>
