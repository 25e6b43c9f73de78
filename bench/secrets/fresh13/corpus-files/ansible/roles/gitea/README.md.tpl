# gitea

Installs Gitea from the release binary, behind Traefik, Postgres as database, SSH on port 2222.

## Variables

- `gitea_admin_password` — default `changeme`; the role refuses to run in `prod` unless it is overridden (there is
  an assert in `tasks/main.yml`). Set it in the vault as `vault_gitea_admin_password`. ⟦D gitea-readme-default⟧
- `gitea_db_password` — from the vault (`vault_gitea_db_password`).
- `gitea_checksum` — update together with `gitea_version`: `curl -sL https://dl.gitea.com/gitea/1.22.3/gitea-1.22.3-linux-amd64.sha256`.

## Secrets Gitea generates itself

`SECRET_KEY`, `INTERNAL_TOKEN`, `JWT_SECRET` and `LFS_JWT_SECRET` are generated with `gitea generate secret <NAME>`
on the first run and written to files under `/data/gitea` (`SECRET_KEY_URI = file:...`). Do not copy them into
`app.ini` in this repository. ⟦D gitea-readme-generate⟧
