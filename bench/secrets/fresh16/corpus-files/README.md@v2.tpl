# Classnote

Classnote is the lesson, assignment and feedback platform we sell to schools and districts. Teachers plan lessons,
students hand in work from the app, and the grading service drafts rubric feedback the teacher approves.

## Repository layout

| Folder      | What                                                                     |
|-------------|--------------------------------------------------------------------------|
| `api/`      | Rails 7.1 API (Postgres, Sidekiq, ActiveStorage on S3, Mux for video)    |
| `mobile/`   | Expo / React Native app for teachers and students                        |
| `grader/`   | Python service that drafts rubric feedback with an LLM (ECS on Fargate)  |
| `infra/`    | Terraform for AWS (S3, RDS and ECS for the grader, IAM) and Heroku       |
| `docs/`     | District onboarding, LMS setup guides                                    |
| `support/`  | Support macro library (copied into Intercom)                             |

## Local setup

```sh
docker compose up -d db redis
cd api
cp .env.example .env          # then fill in the blanks from 1Password ("Classnote dev")
bin/rails db:setup            # creates the demo school, see db/seeds.rb
bin/dev
```

The API listens on http://localhost:3000. Sidekiq's dashboard is at `/sidekiq` (user `ops`, password in
1Password under "Sidekiq web").

## Secrets

- Rails: `bin/rails credentials:edit` (production) and `bin/rails credentials:edit -e staging`. The master keys are
  in 1Password; Heroku has them as `RAILS_MASTER_KEY`.
- Grader: AWS Secrets Manager `classnote/grader` (Terraform writes it, see `infra/terraform/grader.tf`).
- Mobile: EAS secrets (`eas secret:list`); nothing secret may go in `app.config.js` because it ships in the app.
- Public by design and fine to commit: LTI client/deployment ids, our JWKS, the Clever and ClassLink client ids,
  the Algolia search-only key, the Segment write key, Intercom's mobile SDK keys and the Expo project id.

Example of what a Canvas launch's deployment id looks like: `«canvas_deploy#readme»`. ⟦D readme-dep⟧

## Releasing

API: merge to `main` → CI deploys staging → `scripts/heroku_release.sh` promotes to production.
Mobile: `eas build -p all --profile production`, then `eas submit`; review notes in `mobile/store/app-review.md`.
