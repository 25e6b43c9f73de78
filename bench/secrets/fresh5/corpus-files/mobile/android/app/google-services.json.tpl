{
  "project_info": {
    "project_number": "«digits:12#fcm-sender»",   ⟦D d-gs-number⟧
    "project_id": "munchly-prod",
    "storage_bucket": "munchly-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«digits:12#fcm-sender»:android:«hex:16#gs-appid»",   ⟦D d-gs-appid⟧
        "android_client_info": { "package_name": "app.munchly.customer" }
      },
      "oauth_client": [
        { "client_id": "«digits:12#fcm-sender»-«lower:32#gs-oauth».apps.googleusercontent.com", "client_type": 3 }   ⟦D d-gs-oauth⟧
      ],
      "api_key": [ { "current_key": "«fb_web_key#firebase-android»" } ]   ⟦D d-gs-apikey⟧
    }
  ],
  "configuration_version": "1"
}
