@quillmate:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp#npmrc»   ⟦S s-nr-ghp⟧
auto-install-peers=true
