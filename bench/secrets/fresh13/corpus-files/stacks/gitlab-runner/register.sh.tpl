#!/bin/sh
# one-off: registers the runner for the customers' GitLab group (the theme and plugin repos of the WP sites)
set -eu
docker run --rm -v /srv/gitlab-runner:/etc/gitlab-runner gitlab/gitlab-runner:v17.3.1 register \
  --non-interactive \
  --url https://gitlab.com/ \
  --registration-token «gl_reg#customers-group» \ ⟦S runner-regtoken⟧
  --executor docker \
  --docker-image alpine:3.20 \
  --description "k3s-01 docker (kettlebridge)" \
  --tag-list "docker,kb" \
  --run-untagged=false
