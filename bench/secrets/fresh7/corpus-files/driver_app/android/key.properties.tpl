storePassword=«pwr#store» ⟦S keyprops-store⟧
keyPassword=«pwr#keyalias» ⟦S keyprops-key⟧
keyAlias=upload
storeFile=../upload-keystore.jks
