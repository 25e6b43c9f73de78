; PlatformIO project configuration for the Coldchain Sense main board

[platformio]
default_envs = main_board
src_dir = main

[env]
platform = espressif32@6.5.0
framework = espidf
board = esp32-s3-devkitc-1
board_build.partitions = partitions.csv
board_build.flash_mode = qio
monitor_speed = 115200
monitor_filters = esp32_exception_decoder, time
upload_speed = 921600

[env:main_board]
build_flags =
    -DCS_HW_REV=3
    -DCS_LOG_LEVEL=3
    -DWIFI_SSID=\"ColdchainLab\"
    -DWIFI_PASS=\"«human#labwifi-old»\" ⟦S pio-wifi⟧

[env:main_board_ota]
extends = env:main_board
upload_protocol = espota
upload_port = 10.20.0.57
upload_flags =
    --port=3232
    --auth=«weak#espota» ⟦S pio-espota⟧

[env:native_test]
platform = native
framework =
test_filter = test_ringbuf test_band
