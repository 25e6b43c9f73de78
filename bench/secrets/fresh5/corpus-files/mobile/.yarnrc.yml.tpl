nodeLinker: node-modules
npmScopes:
  munchly:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "«ghp#yarn-packages»"   ⟦S s-yarnrc-ghp⟧
  fortawesome:
    npmRegistryServer: "https://npm.fontawesome.com/"
    npmAuthToken: "${FONTAWESOME_NPM_AUTH_TOKEN}"   ⟦D d-yarnrc-env⟧
yarnPath: .yarn/releases/yarn-4.1.1.cjs
