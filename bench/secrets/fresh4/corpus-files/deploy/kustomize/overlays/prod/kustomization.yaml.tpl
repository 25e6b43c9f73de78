apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
  - sealed-secret.yaml
secretGenerator:
  - name: observability
    envs:
      - secret.env   ⟦D d-kust-envs⟧
images:
  - name: ghcr.io/northbeam/carelane-api
    newTag: "2024.03.1"
