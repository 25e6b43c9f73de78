# mTLS client certificate the matchmaker uses to call the Agones allocator service
apiVersion: v1
kind: Secret
metadata:
  name: allocator-client-cert
  namespace: skyraid
type: kubernetes.io/tls
stringData:
  tls.crt: |
    «ind4:cert#allocator-client» ⟦D ac-crt⟧
  tls.key: |
    «ind4:pem_rsa#allocator-client» ⟦S ac-key⟧
  ca.crt: |
    «ind4:cert#allocator-ca» ⟦D ac-ca⟧
