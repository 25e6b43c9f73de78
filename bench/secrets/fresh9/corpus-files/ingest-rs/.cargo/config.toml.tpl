[registries.tidewater]
index = "sparse+https://cargo.cloudsmith.io/tidewater/rust/"

[net]
git-fetch-with-cli = true

[build]
rustflags = ["-C", "target-cpu=x86-64-v3"]
