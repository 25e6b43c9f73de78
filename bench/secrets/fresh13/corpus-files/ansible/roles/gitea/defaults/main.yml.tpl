---
gitea_version: "1.22.3"
gitea_checksum: "sha256:«sha256#gitea-bin»" ⟦D gitea-bin-checksum⟧
gitea_user: git
gitea_domain: git.kettlebridge.net
gitea_http_port: 3000
gitea_ssh_port: 2222

gitea_db_type: postgres
gitea_db_host: "postgres:5432"
gitea_db_name: gitea
gitea_db_user: gitea
gitea_db_password: "{{ vault_gitea_db_password }}" ⟦D gitea-role-db-ref⟧

# first admin, created by `gitea admin user create` on install only
gitea_admin_user: kbadmin
gitea_admin_password: "changeme" ⟦D gitea-role-admin-changeme⟧
gitea_admin_email: ops@kettlebridge.net

gitea_mailer_enabled: true
gitea_mailer_passwd: "" ⟦D gitea-role-mailer-empty⟧
