#!/bin/sh
# Picks up encrypted EDI orders (ORDERS D.96A) that customers upload to /srv/ordertrail/edi/in,
# decrypts them with our EDI key and hands them to the PHP importer. Called every 10 minutes.
IN=/srv/ordertrail/edi/in
WORK=/srv/ordertrail/edi/work
OUR_KEY=0x«uphex:16#gpgkeyid» ⟦D edi-keyid⟧

for f in "$IN"/*.gpg; do
    [ -e "$f" ] || exit 0
    base=$(basename "$f" .gpg)
    gpg --batch --yes --homedir /home/ordertrail/.gnupg --passphrase "«hpw#edigpg»" \ ⟦S edi-gpg-passphrase⟧
        --local-user "$OUR_KEY" --output "$WORK/$base" --decrypt "$f" || { logger -t ot-edi "cannot decrypt $f"; continue; }
    sha256sum "$WORK/$base" >> /var/log/ordertrail/edi_checksums.log
    php /var/www/ordertrail/index.php cron edi_import "$WORK/$base" && rm -f "$f"
done
