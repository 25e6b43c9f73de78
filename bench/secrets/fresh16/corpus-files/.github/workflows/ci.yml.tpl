name: ci
on:
  push:
    branches: [main]
  pull_request:

jobs:
  api:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: classnote
          POSTGRES_PASSWORD: postgres ⟦D ci-pg⟧
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s
      redis:
        image: redis:7
        ports: ["6379:6379"]
    env:
      RAILS_ENV: test
      DATABASE_URL: postgres://classnote:postgres@localhost:5432/classnote_test ⟦D ci-dburl⟧
      RAILS_MASTER_KEY: ${{ secrets.RAILS_TEST_MASTER_KEY }} ⟦D ci-master⟧
    defaults:
      run:
        working-directory: api
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 ⟦D ci-sha⟧
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
          working-directory: api
      - run: bin/rails db:schema:load
      - run: bundle exec rspec

  grader:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: grader
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install --require-hashes -r requirements.txt
      - run: pytest -q
        env:
          OPENAI_API_KEY: sk-test-not-used-in-ci ⟦D ci-openai⟧

  deploy:
    if: github.ref == 'refs/heads/main'
    needs: [api, grader]
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: akhileshns/heroku-deploy@v3.13.15
        with:
          heroku_api_key: ${{ secrets.HEROKU_API_KEY }} ⟦D ci-heroku⟧
          heroku_app_name: classnote-api
          heroku_email: ops@classnote.io
