name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 ⟦D ci-sha⟧
      - uses: actions/setup-go@0c52d547c9bc32b1aa3301fd7a9cb496313a4491 # v5.0.0
        with:
          go-version: '1.22'
      - run: go test -short ./...
  snapshot:
    if: github.ref == 'refs/heads/main'
    needs: test
    runs-on: ubuntu-latest
    steps:
      - run: hcloud server create-image --type snapshot bw-prod-1
        env:
          HCLOUD_TOKEN: ${{ secrets.HCLOUD_TOKEN }} ⟦D ci-hcloud⟧
