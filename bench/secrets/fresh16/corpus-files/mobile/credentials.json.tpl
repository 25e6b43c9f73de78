{
  "android": {
    "keystore": {
      "keystorePath": "android/keystores/classnote-upload.jks",
      "keystorePassword": "«pwr#keystore»", ⟦S cred-kspw⟧
      "keyAlias": "classnote-upload",
      "keyPassword": "«pwr#keystore-key»" ⟦S cred-keypw⟧
    }
  }
}
