# ~ordertrail/.my.cnf on app1 and db1 (copied here so the backup script works after a reinstall)
[client]
user=ot_backup
password="«hpw#otbackup2»" ⟦S mycnf-password⟧
host=db1.ordertrail.local

[mysqldump]
single-transaction
quick
max_allowed_packet=64M
