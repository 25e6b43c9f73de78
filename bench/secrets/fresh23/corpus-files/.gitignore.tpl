/belegwerk
/tmp/
*.db
*.db-wal
*.db-shm
