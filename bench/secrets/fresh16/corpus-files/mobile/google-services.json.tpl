{
  "project_info": {
    "project_number": "«digits:12#fcm-project»",
    "project_id": "classnote-mobile",
    "storage_bucket": "classnote-mobile.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«digits:12#fcm-project»:android:«hex:16#fcm-app»", ⟦D gs-appid⟧
        "android_client_info": { "package_name": "io.classnote.app" }
      },
      "oauth_client": [],
      "api_key": [{ "current_key": "«fb_web_key#android»" }], ⟦D gs-apikey⟧
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
