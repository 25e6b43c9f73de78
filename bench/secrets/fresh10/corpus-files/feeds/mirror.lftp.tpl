# lftp -f mirror.lftp — uploads the feeds and the image sitemap to the Idealo partner SFTP
set sftp:auto-confirm yes
set net:max-retries 3
set net:timeout 30
open sftp://maisonverte:«pwu#idealo-sftp»@transfer.idealo.com:22 ⟦S fd-mirror-url⟧
mirror -R --only-newer --include-glob 'products_*.xml' /var/lib/mv/feeds /incoming/maisonverte
put -O /incoming/maisonverte /var/lib/mv/feeds/image-sitemap.xml
bye
