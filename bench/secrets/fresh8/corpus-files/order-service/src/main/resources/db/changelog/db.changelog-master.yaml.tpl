databaseChangeLog:
  - include:
      file: db/changelog/changes/001-schema.xml
  - include:
      file: db/changelog/changes/002-seed-users.xml
  - include:
      file: db/changelog/changes/003-maschinen.xml
