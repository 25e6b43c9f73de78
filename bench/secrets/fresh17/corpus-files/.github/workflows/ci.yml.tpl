name: ci
on:
  push: { branches: [main] }
  pull_request:

jobs:
  go:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ci ⟦D ci-pgpw⟧
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 ⟦D ci-sha⟧
      - uses: actions/setup-go@v5
        with: { go-version: '1.22' }
      - run: go test -short ./...
        env:
          DATABASE_URL: postgres://postgres:ci@localhost:5432/postgres?sslmode=disable
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }} ⟦D ci-stripe⟧
  deploy-infra:
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::«aws_account#main»:role/github-deploy ⟦D ci-role⟧
          aws-region: us-east-1
      - run: cd infra/terragrunt/prod && terragrunt run-all plan
        env:
          TF_VAR_db_master_password: ${{ secrets.RDS_MASTER_PASSWORD }}
          TF_VAR_datadog_api_key: ${{ secrets.DD_API_KEY }} ⟦D ci-ddkey⟧
          TF_VAR_pagerduty_token: ${{ secrets.PD_TOKEN }}
