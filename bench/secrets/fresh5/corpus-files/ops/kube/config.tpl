apiVersion: v1
kind: Config
clusters:
  - name: munchly-gke
    cluster:
      server: https://34.107.«digits:2#ip3».«digits:2#ip4»
      certificate-authority-data: «b64_cert#gke-ca»   ⟦D d-kube-ca⟧
  - name: munchly-staging-k3s
    cluster:
      server: https://k3s.staging.munchly.app:6443
      certificate-authority-data: «b64_cert#k3s-ca»   ⟦D d-kube-ca2⟧
users:
  - name: ci-deployer
    user:
      token: «k8s_sa:ci-deployer#gke»   ⟦S s-kube-token⟧
  - name: tomasz-k3s
    user:
      client-certificate-data: «b64_cert#k3s-client»   ⟦D d-kube-clientcert⟧
      client-key-data: «b64_pem_ec#k3s-client»   ⟦S s-kube-clientkey⟧
  - name: gke-gcloud
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: gke-gcloud-auth-plugin
contexts:
  - name: prod
    context: { cluster: munchly-gke, user: ci-deployer, namespace: munchly }
  - name: staging
    context: { cluster: munchly-staging-k3s, user: tomasz-k3s }
current-context: staging
