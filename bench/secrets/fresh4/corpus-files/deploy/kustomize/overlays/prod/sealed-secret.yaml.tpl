apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: carelane-db
  namespace: carelane
spec:
  encryptedData:
    password: «sealed#db-pw»   ⟦D d-sealed-1⟧
    url: «sealed#db-url»   ⟦D d-sealed-2⟧
