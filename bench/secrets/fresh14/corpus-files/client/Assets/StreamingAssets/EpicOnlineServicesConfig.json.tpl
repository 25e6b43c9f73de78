{
  "productName": "Skyraid",
  "productVersion": "1.3.0",
  "productID": "«eos_id#product»", ⟦D eos-product⟧
  "sandboxID": "«eos_id#sandbox»", ⟦D eos-sandbox⟧
  "deploymentID": "«eos_id#deployment»", ⟦D eos-deployment⟧
  "clientID": "«eos_client#game»", ⟦D eos-clientid⟧
  "clientSecret": "«eos_secret#game»", ⟦S eos-secret⟧
  "encryptionKey": "«hexsecret:64#eos-enc»", ⟦S eos-enckey⟧
  "platformOptionsFlags": ["EOS_PF_DISABLE_OVERLAY"],
  "authScopeOptionsFlags": ["EOS_AS_BasicProfile", "EOS_AS_FriendsList", "EOS_AS_Presence"],
  "tickBudgetInMilliseconds": 0,
  "alwaysSendInputToOverlay": false
}
