#!/usr/bin/env python3
"""Append an ECDSA P-256 signature over the SHA-256 of a firmware image (checked by firmware/main/ota.c)."""
import argparse
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--key", required=True, help="PEM private key (on the signing laptop: ~/cs-keys/ota_signing_key.pem)")
    ap.add_argument("image")
    a = ap.parse_args()
    data = Path(a.image).read_bytes()
    digest = hashlib.sha256(data).digest()
    key = serialization.load_pem_private_key(Path(a.key).read_bytes(), password=None) ⟦D sign-load⟧
    der = key.sign(digest, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
    r, s = utils.decode_dss_signature(der)
    sig = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    out = Path(a.image).with_suffix(".signed.bin")
    out.write_bytes(data + sig)
    print(f"{out}: sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
