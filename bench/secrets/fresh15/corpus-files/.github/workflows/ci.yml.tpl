name: ci
on: [push, pull_request]

jobs:
  ledger:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres ⟦D ci-pg⟧
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s
    defaults: { run: { working-directory: ledger } }
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7 ⟦D ci-sha⟧
      - uses: erlef/setup-beam@v1
        with: { otp-version: "27.0", elixir-version: "1.17.2" }
      - run: mix deps.get && mix test --warnings-as-errors
  card-auth:
    runs-on: ubuntu-latest
    defaults: { run: { working-directory: card-auth } }
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - run: cargo test --locked
  risk:
    runs-on: ubuntu-latest
    env:
      PLAID_CLIENT_ID: ${{ secrets.PLAID_SANDBOX_CLIENT_ID }}
      PLAID_SECRET: ${{ secrets.PLAID_SANDBOX_SECRET }} ⟦D ci-plaid-secret⟧
      PERSONA_API_KEY: ${{ secrets.PERSONA_SANDBOX_KEY }}
      ONFIDO_API_TOKEN: ${{ secrets.ONFIDO_SANDBOX_TOKEN }}
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r risk/requirements.txt && pytest risk
