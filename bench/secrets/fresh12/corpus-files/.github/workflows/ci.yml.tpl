name: ci

on:
  push:
    branches: [main]
  pull_request:

jobs:
  agent:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7 ⟦D ci-sha⟧
      - uses: astral-sh/setup-uv@v1
      - run: uv sync --all-extras
      - run: uv run ruff check .
      - run: uv run pytest -q
        env:
          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }} ⟦D ci-secret-ref⟧
          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}

  evals:
    runs-on: ubuntu-latest
    if: github.event_name == 'push'
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - uses: astral-sh/setup-uv@v1
      - run: uv sync
      - name: refunds eval (haiku as judge)
        run: uv run python -m evals.run --dataset evals/datasets/refunds_v3.jsonl --judge claude-3-5-haiku-20241022 --max-cost-usd 4
        env:
          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}
          LANGCHAIN_API_KEY: ${{ secrets.LANGSMITH_KEY }}
          # read-only token for the private eval dataset mirror on the hub
          HF_TOKEN: «hf#ci-readonly» ⟦S ci-hf⟧

  dashboard:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: dashboard
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: dashboard/package-lock.json
      - run: npm ci
      - run: npm run lint && npm run build
        env:
          NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: «clerk_pk» ⟦D ci-clerk-pk⟧
          NEXT_PUBLIC_POSTHOG_KEY: «phc#dashboard» ⟦D ci-phc⟧
