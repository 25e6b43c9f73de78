name: Deploy
on:
  push:
    branches: [main]

env:
  VERCEL_ORG_ID: «vercel_team#maya»   ⟦D d-gh-org⟧
  VERCEL_PROJECT_ID: «vercel_prj#quillmate»   ⟦D d-gh-prj⟧

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile
      - name: Migrate
        run: pnpm prisma migrate deploy
        env:
          DATABASE_URL: postgresql://postgres.«sb_ref#prod»:«pwr#ci-db»@aws-0-eu-central-1.pooler.supabase.com:5432/postgres   ⟦S s-gh-dburl⟧
      - name: Deploy to Vercel
        run: npx vercel deploy --prod --token=«vercel_token#ci»   ⟦S s-gh-vercel⟧
      - name: Deploy edge functions
        run: npx supabase functions deploy --project-ref «sb_ref#prod»   ⟦D d-gh-ref⟧
        env:
          SUPABASE_ACCESS_TOKEN: ${{ secrets.SUPABASE_ACCESS_TOKEN }}   ⟦D d-gh-sbtoken⟧
