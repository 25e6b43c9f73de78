«sha256#ev1»  okta-users-2024-07-08.png ⟦D ck-1⟧
«sha256#ev2»  aws-iam-credential-report-2024-07-08.csv ⟦D ck-2⟧
«sha256#ev3»  vault-auth-methods-2024-07-08.png ⟦D ck-3⟧
«sha256#ev4»  retool-users-2024-07-08.png ⟦D ck-4⟧
«sha256#ev5»  snowflake-users-2024-07-08.png
«sha256#ev6»  github-org-members-2024-07-08.png
