#!/usr/bin/env python3
"""Build the Google Merchant product feeds (RSS 2.0 + g: namespace) from the Magento catalogue export.

    python3 generate_feed.py --out /var/lib/mv/feeds --locales fr_FR,nl_BE
"""
import argparse
import csv
import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path

G = "http://base.google.com/ns/1.0"
ET.register_namespace("g", G)

# products whose GTIN Google rejected once; kept here so the next import does not re-add them
GTIN_OVERRIDES = {
    "MONSTERA-DELI-L": "«gtin#monstera»", ⟦D gf-gtin1⟧
    "PILEA-PEPE-S": "«gtin#pilea»", ⟦D gf-gtin2⟧
    "CALATHEA-ORB-M": "«gtin#calathea»",
}

# image checksum of the placeholder "photo coming soon" picture: rows that still have it are skipped
PLACEHOLDER_IMAGE_SHA1 = "«sha1#placeholder-img»" ⟦D gf-sha1⟧


def item(row, locale):
    it = ET.Element("item")
    ET.SubElement(it, f"{{{G}}}id").text = row["sku"]
    ET.SubElement(it, "title").text = row[f"name_{locale}"]
    ET.SubElement(it, "link").text = f"https://www.maisonverte.fr/plantes/{row['url_key']}"
    ET.SubElement(it, f"{{{G}}}price").text = f"{row['price']} EUR"
    ET.SubElement(it, f"{{{G}}}availability").text = "in_stock" if int(row["qty"]) > 0 else "out_of_stock"
    ET.SubElement(it, f"{{{G}}}gtin").text = GTIN_OVERRIDES.get(row["sku"], row["gtin"])
    ET.SubElement(it, f"{{{G}}}image_link").text = row["image"]
    ET.SubElement(it, f"{{{G}}}google_product_category").text = "985"  # Plants
    return it


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--locales", default="fr_FR")
    ap.add_argument("--catalog", type=Path, default=Path("/var/lib/mv/export/catalog.csv"))
    args = ap.parse_args()
    rows = list(csv.DictReader(args.catalog.open(encoding="utf-8")))
    for locale in args.locales.split(","):
        rss = ET.Element("rss", version="2.0")
        channel = ET.SubElement(rss, "channel")
        ET.SubElement(channel, "title").text = f"Maison Verte {locale}"
        for row in rows:
            if hashlib.sha1(row["image_bytes"].encode()).hexdigest() == PLACEHOLDER_IMAGE_SHA1:
                continue
            channel.append(item(row, locale))
        ET.ElementTree(rss).write(args.out / f"products_{locale}.xml", encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
