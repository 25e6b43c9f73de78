{
  "project_info": {
    "project_number": "418822730199",
    "project_id": "coldchain-driver",
    "storage_bucket": "coldchain-driver.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418822730199:android:«hex:16#fb-app»",
        "android_client_info": { "package_name": "io.coldchainsense.driver" }
      },
      "oauth_client": [],
      "api_key": [
        { "current_key": "«firebase#driver»" } ⟦D fb-key⟧
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
