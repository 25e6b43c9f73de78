#!/usr/bin/env bash
# One-time setup of a Raspberry Pi 4 as a factory test station (Raspberry Pi OS Lite 64-bit, bookworm).
set -euo pipefail

sudo apt-get update
sudo apt-get install -y python3-venv python3-serial git esptool

sudo usermod -aG dialout pi

# the station sits on the factory floor Wi-Fi of our contract manufacturer
sudo tee /etc/wpa_supplicant/wpa_supplicant.conf >/dev/null <<'WPA'
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
    ssid="EMS-Floor-2"
    psk="«human#ems-floor»" ⟦S st-psk⟧
    key_mgmt=WPA-PSK
}
WPA

# release images live in a private repo; the station pulls them with Tomasz's token
git clone https://tomasz-cs:«ghp#station»@github.com/coldchainsense/firmware-releases.git /opt/cs-releases ⟦S st-ghp⟧

python3 -m venv /opt/cs-station
/opt/cs-station/bin/pip install pyserial==3.5 esptool==4.7.0 boto3==1.34.74
sudo install -m 0755 test_station.py /usr/local/bin/cs-test-station
echo "station ready; plug the fixture into the blue USB port"
