/application/logs/*
/application/cache/*
!/application/cache/index.html
/public/uploads/
*.bak
*.swp
Thumbs.db
/desktop/**/bin/
/desktop/**/obj/
# never again (see docs/MIGRATION.md)
.subversion/
*.sql.gz
/sql/*dump*
