root = "."
tmp_dir = "tmp"

[build]
cmd = "go build -o ./tmp/belegwerk ./cmd/belegwerk"
bin = "./tmp/belegwerk serve --config config.toml"
include_ext = ["go", "html", "toml"]
exclude_dir = ["tmp", "static", "testdata"]
