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
          DATABASE_URL: ${{ secrets.DIRECT_URL }}   ⟦D d-gh-dburl-env⟧
      - name: Deploy to Vercel
        run: npx vercel deploy --prod --token=${{ secrets.VERCEL_TOKEN }}   ⟦D d-gh-vercel-env⟧
      - name: Deploy edge functions
        run: npx supabase functions deploy --project-ref «sb_ref#prod»   ⟦D d-gh-ref⟧
        env:
          SUPABASE_ACCESS_TOKEN: «sbp#ci»   ⟦S s-gh-sbp⟧
