name: firmware
on:
  push:
    paths: ["firmware/**", "stm32-node/**"]
jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 ⟦D ci-pin⟧
      - uses: actions/cache@v4
        with:
          path: ~/.platformio
          key: pio-${{ hashFiles('firmware/platformio.ini') }}
      - run: pip install platformio==6.1.14
      - run: pio pkg install -d firmware
        env:
          PLATFORMIO_AUTH_TOKEN: «pio#ci» ⟦S ci-pio⟧
      - run: cd firmware && cp main/secrets.example.h main/secrets.h && pio run -e main_board
      - run: cd firmware && pio test -e native_test
      - name: Sign release
        if: startsWith(github.ref, 'refs/tags/v')
        env:
          OTA_SIGNING_KEY: ${{ secrets.OTA_SIGNING_KEY }} ⟦D ci-ota⟧
        run: |
          echo "$OTA_SIGNING_KEY" > /tmp/ota.pem
          python tools/sign_image.py --key /tmp/ota.pem .pio/build/main_board/firmware.bin
          shred -u /tmp/ota.pem
