# syntax=docker/dockerfile:1
ARG RUBY_VERSION=3.3.4
FROM ruby:$RUBY_VERSION-slim AS base
WORKDIR /rails
ENV RAILS_ENV=production BUNDLE_DEPLOYMENT=1 BUNDLE_WITHOUT=development:test

FROM base AS build
RUN apt-get update -qq && apt-get install -y build-essential libpq-dev git
COPY Gemfile Gemfile.lock ./
# Sidekiq Pro gem server credentials
RUN bundle config set --global gems.contribsys.com «hex:8#sqpro-user»:«hex:8#sqpro-pass» && bundle install ⟦S docker-sqpro⟧
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile ⟦D docker-dummy⟧

FROM base
COPY --from=build /rails /rails
ARG GIT_SHA
ENV GIT_SHA=$GIT_SHA
EXPOSE 3000
CMD ["./bin/thrust", "./bin/rails", "server"]
