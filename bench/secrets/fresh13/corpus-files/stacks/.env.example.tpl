# copy to stacks/<name>/.env on the host; the compose role renders the real ones from the vault
POSTGRES_PASSWORD=changeme ⟦D envex-pg⟧
MARIADB_ROOT_PASSWORD= ⟦D envex-maria⟧
MINIO_ROOT_USER=kbadmin
MINIO_ROOT_PASSWORD=<at least 16 characters> ⟦D envex-minio⟧
TRAEFIK_OPS_USERS=ops:$$2y$$05$$...   # htpasswd -nbB ops '<password>' | sed -e 's/\$/\$\$/g' ⟦D envex-traefik⟧
SMTP_PASSWORD=
