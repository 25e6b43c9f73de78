<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>«gclient#ios»</string>   ⟦D d-plist-clientid⟧
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.«digits:12#ios-rev»-«lower:32#ios-rev»</string>   ⟦D d-plist-reversed⟧
	<key>API_KEY</key>
	<string>«aiza#ios»</string>   ⟦D d-plist-apikey⟧
	<key>GCM_SENDER_ID</key>
	<string>«digits:12#fcm-project»</string>   ⟦D d-plist-sender⟧
	<key>BUNDLE_ID</key>
	<string>health.carelane.ios</string>
	<key>PROJECT_ID</key>
	<string>carelane-prod-412210</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:«digits:12#fcm-project»:ios:«hex:16#ios-app»</string>   ⟦D d-plist-appid⟧
</dict>
</plist>
