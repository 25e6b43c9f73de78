# pull secret for our images on registry.gitlab.com (deploy token "k3s-pull", read_registry)
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-registry
  namespace: kb-apps
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «dockercfg:registry.gitlab.com#k3s-pull» ⟦S k3s-dockercfg⟧
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: kb-apps
imagePullSecrets:
  - name: gitlab-registry
