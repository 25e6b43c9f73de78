# read by PacingClient when running outside k8s
keystore.path=tls/bidder.p12
keystore.type=PKCS12
keystore.password=«pw#bidder-p12» ⟦S ks-pw⟧
key.password=«pw#bidder-p12» ⟦S ks-keypw⟧
truststore.path=tls/ca.jks
truststore.password=${TRUSTSTORE_PASSWORD} ⟦D ks-trust-env⟧
