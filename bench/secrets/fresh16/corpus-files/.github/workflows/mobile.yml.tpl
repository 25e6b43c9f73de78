name: mobile
on:
  push:
    branches: [main]
    paths: ["mobile/**"]

jobs:
  update:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: mobile
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: yarn
          cache-dependency-path: mobile/yarn.lock
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ secrets.EXPO_TOKEN }} ⟦D mob-expo⟧
      - run: yarn install --frozen-lockfile
      - run: eas update --branch preview --message "${{ github.event.head_commit.message }}" --non-interactive
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }} ⟦D mob-sentry⟧
