[registry]
token = "«cio#priya-crates»" ⟦S cargo-cratesio⟧

[registries.tidewater]
token = "«hex:40#cloudsmith-priya»" ⟦S cargo-cloudsmith⟧
