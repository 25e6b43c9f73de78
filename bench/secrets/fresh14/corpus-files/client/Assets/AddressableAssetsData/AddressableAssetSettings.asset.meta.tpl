fileFormatVersion: 2
guid: «unity_guid#addrsettings» ⟦D aa-guid⟧
NativeFormatImporter:
  externalObjects: {}
  mainObjectFileID: 11400000
  userData: 
  assetBundleName: 
  assetBundleVariant: 
