{
  "auths": {
    "https://index.docker.io/v1/": { "auth": "«dockerauth_dckr:munchlyci#hub»" },   ⟦S s-docker-hub⟧
    "ghcr.io": { "auth": "«dockerauth:tomasz-munchly#ghcr»" },   ⟦S s-docker-ghcr⟧
    "registry.fly.io": {},
    "europe-west3-docker.pkg.dev": {}
  },
  "credHelpers": { "europe-west3-docker.pkg.dev": "gcloud" },
  "currentContext": "default"
}
