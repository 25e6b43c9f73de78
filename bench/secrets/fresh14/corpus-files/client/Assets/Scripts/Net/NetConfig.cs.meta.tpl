fileFormatVersion: 2
guid: «unity_guid#netconfig» ⟦D meta-guid⟧
MonoImporter:
  externalObjects: {}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {instanceID: 0}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
