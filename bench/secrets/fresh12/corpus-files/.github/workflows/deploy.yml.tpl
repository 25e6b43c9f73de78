name: deploy

on:
  workflow_dispatch:
  push:
    tags: ["v*"]

jobs:
  agent:
    runs-on: ubuntu-latest
    concurrency: deploy-agent
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only --build-secret hf_token=$HF_TOKEN
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }} ⟦D dep-fly-ref⟧
          HF_TOKEN: ${{ secrets.HF_TOKEN }}

  reranker:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install modal==0.62.230
      - run: modal deploy deploy/modal_app.py
        env:
          MODAL_TOKEN_ID: ${{ secrets.MODAL_TOKEN_ID }}
          MODAL_TOKEN_SECRET: ${{ secrets.MODAL_TOKEN_SECRET }} ⟦D dep-modal-ref⟧
