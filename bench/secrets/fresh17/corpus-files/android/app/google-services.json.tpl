{
  "project_info": {
    "project_number": "«gcm_sender#fb»",
    "project_id": "carebridge-patient",
    "storage_bucket": "carebridge-patient.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«gcm_sender#fb»:android:«hex:16#fb-android»", ⟦D gs-appid⟧
        "android_client_info": { "package_name": "health.carebridge.patient" }
      },
      "oauth_client": [],
      "api_key": [{ "current_key": "«firebase#android»" }], ⟦D gs-apikey⟧
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
