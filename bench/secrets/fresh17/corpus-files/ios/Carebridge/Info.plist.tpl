<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Carebridge</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>API_BASE_URL</key>
	<string>$(API_BASE_URL)</string>
	<key>CognitoUserPoolId</key>
	<string>«cognito_pool#prod»</string> ⟦D plist-pool⟧
	<key>CognitoAppClientId</key>
	<string>«cognito_client#ios»</string> ⟦D plist-client⟧
	<key>StripePublishableKey</key>
	<string>«stripe_pk:live#ios»</string> ⟦D plist-stripepk⟧
	<key>DatadogClientToken</key>
	<string>«dd_pub#ios»</string> ⟦D plist-ddpub⟧
	<key>NSCameraUsageDescription</key>
	<string>Carebridge uses the camera for video visits with your clinician.</string>
	<key>NSMicrophoneUsageDescription</key>
	<string>Carebridge uses the microphone for video visits with your clinician.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>audio</string>
		<string>voip</string>
	</array>
</dict>
</plist>
