name: deploy site

on:
  push:
    branches: [main]
    paths: ['site/**']
  workflow_dispatch:

jobs:
  deploy:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: site
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 ⟦D gh-pin⟧
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: site/package-lock.json
      - run: npm ci
      - run: npm run build
        env:
          PUBLIC_ALGOLIA_APP_ID: ${{ vars.ALGOLIA_APP_ID }}
          PUBLIC_ALGOLIA_SEARCH_KEY: ${{ vars.ALGOLIA_SEARCH_KEY }}
          SANITY_VIEWER_TOKEN: ${{ secrets.SANITY_VIEWER_TOKEN }} ⟦D gh-sanity⟧
      - name: deploy to netlify
        run: npx netlify-cli deploy --prod --dir=dist --site="$NETLIFY_SITE_ID"
        env:
          NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }} ⟦D gh-netlify⟧
          NETLIFY_SITE_ID: «uuid#netlify-site» ⟦D gh-site-id⟧
