@carebridge-health:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp#npm-lena» ⟦S npmrc-ghp⟧
save-exact=true
