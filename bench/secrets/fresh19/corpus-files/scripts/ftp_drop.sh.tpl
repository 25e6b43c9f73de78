#!/bin/sh
# Puts the nightly order exports on the customers' own FTP servers.
# Each customer wanted it differently, of course.   -- klaus 2010
EXPORT=/srv/ordertrail/export
DAY=$(date -d yesterday +%Y%m%d)

# Müller Gastro (K10234): plain FTP, their IT won't do SFTP
lftp -u k10234_ot,«weak#mueller» -e "cd /eingang; put $EXPORT/K10234/auftraege_$DAY.csv; bye" ftp.mueller-gastro.de ⟦S ftp-lftp-pw⟧

# Hansa Frischdienst (K10877): curl upload, URL from their onboarding mail
curl -s -T "$EXPORT/K10877/auftraege_$DAY.csv" "ftp://ordertrail:«hpw#hansa»@ftp.hansa-frisch.de/in/" ⟦S ftp-curl-url⟧

# Baumann (K11020): reads the password from the environment (set in /etc/default/ordertrail)
curl -s -T "$EXPORT/K11020/auftraege_$DAY.csv" --user "ordertrail:$BAUMANN_FTP_PASS" "ftp://ftp.baumann-gv.de/upload/" ⟦D ftp-env-pass⟧

find $EXPORT -name '*.csv' -mtime +30 -delete
