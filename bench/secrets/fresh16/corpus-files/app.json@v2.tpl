{
  "name": "classnote-api",
  "description": "Classnote API review app",
  "repository": "https://github.com/classnote/classnote",
  "stack": "heroku-22",
  "buildpacks": [{ "url": "heroku/ruby" }],
  "formation": { "web": { "quantity": 1, "size": "basic" }, "worker": { "quantity": 1, "size": "basic" } },
  "addons": ["heroku-postgresql:essential-0", "heroku-redis:mini"],
  "env": {
    "RAILS_ENV": { "value": "staging" },
    "SECRET_KEY_BASE": { "generator": "secret" }, ⟦D appjson-skb⟧
    "RAILS_MASTER_KEY": { "description": "Staging master key, from 1Password", "required": true },
    "MUX_TOKEN_ID": { "description": "Mux access token id, staging environment", "required": true },
    "MUX_TOKEN_SECRET": { "description": "Mux access token secret, staging environment", "required": true }, ⟦D appjson-muxdesc⟧
    "GRADER_URL": { "value": "https://grader-staging.classnote.io" }
  },
  "scripts": { "postdeploy": "cd api && bin/rails db:seed" }
}
