{
  "$schema": "https://openapi.vercel.sh/vercel.json",
  "framework": "nextjs",
  "regions": ["fra1"],
  "crons": [
    { "path": "/api/cron/daily", "schedule": "0 7 * * *" }
  ],
  "env": {
    "CRON_SECRET": "«hexsecret:64#cron»",   ⟦S s-vc-cron⟧
    "NEXT_PUBLIC_POSTHOG_KEY": "«phc#vercel»"   ⟦D d-vc-phc⟧
  },
  "headers": [
    {
      "source": "/(.*)",
      "headers": [
        { "key": "X-Frame-Options", "value": "DENY" },
        { "key": "Content-Security-Policy", "value": "default-src 'self'; script-src 'self' 'sha256-«b64bytes:32#csp»' https://eu-assets.i.posthog.com" }   ⟦D d-vc-csp⟧
      ]
    }
  ]
}
