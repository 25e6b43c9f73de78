{
  "project_info": {
    "project_number": "«digits:12#fcm-project»",   ⟦D d-gs-projectnumber⟧
    "project_id": "carelane-prod-412210",
    "storage_bucket": "carelane-prod-412210.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«digits:12#fcm-project»:android:«hex:16#android-app»",   ⟦D d-gs-appid⟧
        "android_client_info": { "package_name": "health.carelane.app" }
      },
      "oauth_client": [
        { "client_id": "«gclient#android»", "client_type": 3 }   ⟦D d-gs-clientid⟧
      ],
      "api_key": [
        { "current_key": "«aiza#android»" }   ⟦D d-gs-apikey⟧
      ]
    }
  ],
  "configuration_version": "1"
}
