apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: scheduling-prod
  namespace: argocd
spec:
  project: carebridge
  source:
    repoURL: https://github.com/carebridge-health/platform.git
    targetRevision: «gitsha#argo-rev» ⟦D argo-rev⟧
    path: k8s/overlays/prod
    plugin:
      name: kustomize-sops
  destination:
    server: https://kubernetes.default.svc
    namespace: carebridge
  syncPolicy:
    automated: { prune: true, selfHeal: true }
