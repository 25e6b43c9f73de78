name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres ⟦D ci-pg⟧
    env:
      RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }} ⟦D ci-secret⟧
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/portal_test ⟦D ci-dburl⟧
    steps:
      - uses: actions/checkout@«sha1#checkout» ⟦D ci-pin⟧
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - run: bin/rails test
