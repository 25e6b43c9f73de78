apiVersion: v1
kind: Secret
metadata:
  name: carebridge-platform-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/carebridge-health/platform.git
  username: carebridge-argocd
  password: «ghp#argocd» ⟦S argo-ghp⟧
