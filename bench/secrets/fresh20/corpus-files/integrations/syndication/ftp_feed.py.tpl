"""Upload the listings XML feed to the syndication partners every hour."""
import ftplib
import io

from django.conf import settings

PARTNERS = {
    # zillow rental feed host; credentials are in the ansible vault
    "zillow": {"host": "ftp.zillowrentals-feeds.com", "user": "homestead", "password": settings.FEED_PASSWORDS["zillow"]}, ⟦D ftp-zillow-settings⟧
    "apartments": {"host": "feeds.apartments.com", "user": "hmstd_ing", "password": "«pwh#ftp-apartments»"}, ⟦S ftp-apartments⟧
}
# old one, for the record: ftp://hmstd:«pwu#ftp-rentpath»@upload.rentpath.com/incoming ⟦S ftp-rentpath-comment⟧


def upload(partner: str, xml: bytes) -> None:
    p = PARTNERS[partner]
    with ftplib.FTP_TLS(p["host"]) as ftp:
        ftp.login(p["user"], p["password"])
        ftp.prot_p()
        ftp.storbinary("STOR listings.xml", io.BytesIO(xml))
