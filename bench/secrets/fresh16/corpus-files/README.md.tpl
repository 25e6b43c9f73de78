# Classnote

Classnote is the lesson, assignment and feedback platform we sell to schools and districts. Teachers plan lessons,
students hand in work from the app, and the grading service drafts rubric feedback the teacher approves.

## Repository layout

| Folder      | What                                                                     |
|-------------|--------------------------------------------------------------------------|
| `api/`      | Rails 7.1 API (Postgres, Sidekiq, ActiveStorage on S3)                   |
| `mobile/`   | Expo / React Native app for teachers and students                        |
| `grader/`   | Python service that drafts rubric feedback with an LLM                   |
| `infra/`    | Terraform for AWS (S3, RDS for the grader, IAM)                          |
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

The API listens on http://localhost:3000, Sidekiq's dashboard is at `/sidekiq` (basic auth, see the initializer).

Ask Priya for `config/master.key`; never commit it.
