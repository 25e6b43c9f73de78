cd /var/www/ordertrail
svn up
sudo service apache2 reload
tail -f /var/log/ordertrail/export.log
mysql -u root -p«weak#dbroot» ordertrail -e "select count(*) from ot_orders where created_at > curdate()" ⟦S bash-history-mysql⟧
crontab -l
vi ops/backup.sh
ssh-keygen -t rsa -b 2048 -f ~/.ssh/customer_drop_rsa -N ""
cp ~/.ssh/customer_drop_rsa* ops/keys/
sftp -i ~/.ssh/customer_drop_rsa ot@sftp.hansa-frisch.de
svn add ops
svn ci -m "backups to storage box"
