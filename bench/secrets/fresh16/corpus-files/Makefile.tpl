.PHONY: dev test lint staging-dump console

dev:
	docker compose up -d db redis
	cd api && bin/dev

test:
	cd api && bundle exec rspec
	cd grader && pytest -q

lint:
	cd api && bundle exec rubocop
	cd mobile && npx eslint src

# anonymised staging snapshot for local debugging (see docs/onboarding: never copy production)
staging-dump:
	PGPASSWORD='«pwh#db-staging»' pg_dump -h classnote-staging.c9x2hq4tzv1m.us-east-1.rds.amazonaws.com -U classnote_app -Fc classnote_staging > tmp/staging.dump ⟦S make-pgdump⟧
	cd api && bin/rails db:restore_anonymised[../tmp/staging.dump]

console:
	heroku run -a classnote-api bin/rails console
