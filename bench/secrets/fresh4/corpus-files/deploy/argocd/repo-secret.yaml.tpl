apiVersion: v1
kind: Secret
metadata:
  name: carelane-charts-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/northbeam/carelane-deploy.git   ⟦D d-argo-url⟧
  username: northbeam-bot
  password: «ghp#argocd»   ⟦S s-argo-ghp⟧
