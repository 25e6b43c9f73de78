name: deploy-gateways
on:
  push:
    branches: [main]
    paths: ["balena/**"]
jobs:
  push:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: balena-io/deploy-to-balena-action@v2.0.27
        with:
          balena_token: «balena#ci» ⟦S ci-balena⟧
          fleet: coldchain/coldchain-depot-gateway
          source: balena
