engine-strict=true
@munchly:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}   ⟦D d-npmrc-env⟧
//registry.npmjs.org/:_authToken=«npm#publish»   ⟦S s-npmrc-npm⟧
