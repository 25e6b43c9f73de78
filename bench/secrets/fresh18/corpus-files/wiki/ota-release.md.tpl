# Cutting a firmware release

1. Bump `CS_FW_VERSION` in `firmware/main/version.h`, tag `vX.Y.Z`.
2. CI builds and signs the image with the OTA key from the `OTA_SIGNING_KEY` secret.
3. For a hand-signed hotfix, on the signing laptop: ⟦D ota-step⟧
   `python tools/sign_image.py --key ~/cs-keys/ota_signing_key.pem firmware.bin`
4. Upload `firmware.signed.bin` to `s3://cs-firmware-releases/main/` and publish the job:

```sh
aws iot create-job --job-id ota-0-9-3 --targets arn:aws:iot:eu-central-1:«num:12#acct»:thinggroup/trailers-eu \
  --document-source https://cs-firmware-releases.s3.eu-central-1.amazonaws.com/main/ota-0.9.3.json
```

The signing laptop's disk (LUKS) passphrase is in the safe in the Hamburg office; the recovery passphrase we used
before the safe was «mem#luks-recovery» – it still works until Tomasz re-enrols the keyslot. ⟦S ota-luks⟧

Release digests so far:

| Version | SHA-256 of the unsigned image |
|---|---|
| 0.9.1 | `«sha256#fw-0.9.1»` | ⟦D ota-sha1⟧
| 0.9.2 | `«sha256#fw-0.9.2»` | ⟦D ota-sha2⟧
| 0.9.3 | `«sha256#fw-0.9.3»` | ⟦D ota-sha3⟧
