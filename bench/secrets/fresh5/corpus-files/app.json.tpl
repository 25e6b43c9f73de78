{
  "name": "munchly-api",
  "description": "Munchly API (Heroku review apps)",
  "env": {
    "JWT_SECRET": { "generator": "secret" },
    "STRIPE_SECRET_KEY": { "description": "Stripe test key for review apps", "required": true },
    "TWILIO_AUTH_TOKEN": { "description": "Twilio auth token", "value": "" },   ⟦D d-heroku-empty⟧
    "NPM_CONFIG_PRODUCTION": { "value": "false" },
    "PAPERTRAIL_API_TOKEN": { "value": "«alnum:20#papertrail»" }   ⟦S s-heroku-papertrail⟧
  },
  "addons": ["heroku-postgresql:essential-0", "heroku-redis:mini"],
  "buildpacks": [{ "url": "heroku/nodejs" }]
}
