[defaults]
url=https://sentry.io/
org=quillmate
project=web

[auth]
token=«sentry_org_token#cli»   ⟦S s-se-token⟧
