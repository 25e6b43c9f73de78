stages: [test, build, deploy]

variables:
  POSTGRES_DB: homestead_test
  POSTGRES_USER: homestead
  POSTGRES_PASSWORD: homestead ⟦D ci-pg-test⟧
  DATABASE_URL: postgres://homestead:homestead@postgres:5432/homestead_test ⟦D ci-db-url⟧
  DJANGO_SETTINGS_MODULE: homestead.settings.base
  SECRET_KEY: ci-only-not-secret ⟦D ci-secret-key⟧
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: python:3.12
  services: [postgres:16, redis:7]
  script:
    - pip install -r requirements.txt
    - python manage.py test

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY ⟦D ci-registry-login⟧
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy_production:
  stage: deploy
  image: alpine/ansible:2.16
  only: [main]
  variables:
    ANSIBLE_VAULT_PASSWORD: "«memorable#vault-pass»" ⟦S ci-vault-pass⟧
  script:
    - echo "$ANSIBLE_VAULT_PASSWORD" > .vault_pass
    - ansible-playbook -i ansible/inventory/production.yml ansible/site.yml --vault-password-file .vault_pass -e image_tag=$CI_COMMIT_SHORT_SHA
    - 'curl -s -X POST "https://api.cloudflare.com/client/v4/zones/«cf_zone#prod»/purge_cache" -H "Authorization: Bearer «cf_token#ci-purge»" -H "Content-Type: application/json" --data "{\"purge_everything\":true}"' ⟦S ci-cf-token⟧
