<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«fb_web_key#firebase-ios»</string>   ⟦D d-plist-apikey⟧
	<key>GCM_SENDER_ID</key>
	<string>«digits:12#fcm-sender»</string>   ⟦D d-plist-sender⟧
	<key>CLIENT_ID</key>
	<string>«digits:12#fcm-sender»-«lower:32#plist-client».apps.googleusercontent.com</string>   ⟦D d-plist-client⟧
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.«digits:12#fcm-sender»-«lower:32#plist-client»</string>   ⟦D d-plist-reversed⟧
	<key>BUNDLE_ID</key>
	<string>app.munchly.customer</string>
	<key>PROJECT_ID</key>
	<string>munchly-prod</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:«digits:12#fcm-sender»:ios:«hex:16#plist-appid»</string>   ⟦D d-plist-appid⟧
</dict>
</plist>
