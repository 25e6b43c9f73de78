apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: carelane-prod
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/northbeam/carelane-deploy.git
    targetRevision: «hex:40#argo-rev»   ⟦D d-argo-sha⟧
    path: kustomize/overlays/prod
  destination:
    server: https://kubernetes.default.svc
    namespace: carelane
