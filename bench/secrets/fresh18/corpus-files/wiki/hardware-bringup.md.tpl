# Main board rev 3 – bring-up notes

## Power

- 12/24 V truck supply → LM5164 buck → 3V8 for the modem, TPS62840 → 3V3 for the ESP32-S3.
- Quiescent current target in deep sleep: < 60 µA. Rev 3 measured 48 µA with the modem in PSM.

## First flash

1. Hold BOOT, tap RESET, release BOOT. The S3 enumerates as `303a:1001`.
2. `esptool.py --chip esp32s3 -p /dev/ttyACM0 erase_flash`
3. `pio run -e main_board -t upload`

Factory MAC range for our first 500 modules: `«mac#range-start»` … `«mac#range-end»` (Espressif OUI). ⟦D wiki-mac⟧

## Modem (SIM7080G)

The modem's UART is on GPIO 17/18 at 115200. Useful AT commands:

```
AT+CPIN?
AT+CNACT=0,1
AT+CGDCONT=1,"IP","iot.1nce.net"
```

The 1NCE portal login for the SIM pool is ops@coldchainsense.io / «human#1nce-portal» (Tomasz changes it quarterly). ⟦S wiki-1nce⟧

## Secure boot and flash encryption

We use Secure Boot v2 (RSA-PSS) and flash encryption in release mode on production units. The digest of the
secure-boot public key burned into eFuse BLOCK_KEY0 on batch 07 is
`«sha256#sb-pubkey-digest»`. ⟦D wiki-digest⟧

Per-device flash encryption keys are generated on the device; never use `espsecure.py generate_flash_encryption_key`
with a shared key file. The dev boards in the lab still use the shared development key:

```
espefuse.py --port /dev/ttyACM0 burn_key BLOCK_KEY1 flash_encryption_key.bin XTS_AES_128_KEY
# hex of flash_encryption_key.bin (lab units only): «hex:64#flash-enc-lab» ⟦S wiki-fek⟧
```

## Registers we poke

| Register | Address | Value we write |
|---|---|---|
| RTC_CNTL_STORE0 | `0x600080B0` | boot reason |
| GPIO_FUNC17_OUT_SEL | `0x60004598` | `0x00000100` |
| EFUSE_RD_MAC_SPI_SYS_0 | `0x60007044` | read-only |
