name: deploy
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres   ⟦D d-gha-pg⟧
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1   ⟦D d-gha-sha⟧
      - uses: actions/setup-node@60edb5dd545a775178f2a9e1f1b5bd7e9e7c6f5a # v4.0.2   ⟦D d-gha-sha2⟧
        with: { node-version: 20, cache: npm }
      - run: npm ci && npm test
        working-directory: api
        env:
          DATABASE_URL: postgresql://postgres:postgres@localhost:5432/postgres   ⟦D d-gha-dburl⟧
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}   ⟦D d-gha-stripe⟧
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only --config fly.toml
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}   ⟦D d-gha-fly⟧
      - name: trigger Render worker deploy
        run: curl -fsS -X POST "$RENDER_DEPLOY_HOOK"   ⟦D d-gha-render-env⟧
        env:
          RENDER_DEPLOY_HOOK: «render_hook#worker»   ⟦S s-gha-render-hook⟧
      - name: notify slack
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{"text":"API deployed: ${{ github.sha }}"}' \
            «slackhook#deploys»   ⟦S s-gha-slackhook⟧
      - name: upload sourcemaps
        run: npx @sentry/cli sourcemaps upload --org munchly --project api ./dist
        env:
          SENTRY_AUTH_TOKEN: «sntrys#ci»   ⟦S s-gha-sentry⟧
