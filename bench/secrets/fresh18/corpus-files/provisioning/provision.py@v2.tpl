#!/usr/bin/env python3
"""Provision a Coldchain Sense main board over USB serial.

1. create an AWS IoT thing + certificate for the board's MAC
2. write Wi-Fi, MQTT and the device certificate into the NVS partition (nvs_partition_gen)
3. flash the partition and the current release with esptool
"""
import argparse
import csv
import os
import subprocess
import sys
from pathlib import Path

import boto3
import serial

# credentials: the "provisioning" profile in ~/.aws/credentials (an IAM user limited to iot:*Thing* and iot:*Certificate*)
AWS_PROFILE = os.environ.get("AWS_PROFILE", "provisioning") ⟦D prov2-profile⟧

AWS_REGION = "eu-central-1"

IOT_POLICY = "cs-device-policy"
THING_GROUP = "trailers-eu"
RELEASE = Path(__file__).parent / "release" / "cs-main-0.9.2.bin"
RELEASE_SHA256 = "«sha256#fw-0.9.2»" ⟦D prov-sha⟧


def read_mac(port: str) -> str:
    out = subprocess.run(["esptool.py", "--chip", "esp32s3", "-p", port, "read_mac"], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        if line.startswith("MAC:"):
            return line.split()[1].upper()
    sys.exit("could not read MAC")


def create_thing(mac: str) -> tuple[str, str]:
    iot = boto3.Session(profile_name=AWS_PROFILE).client("iot", region_name=AWS_REGION)
    name = "cs-" + mac.replace(":", "").lower()
    iot.create_thing(thingName=name)
    iot.add_thing_to_thing_group(thingGroupName=THING_GROUP, thingName=name)
    cert = iot.create_keys_and_certificate(setAsActive=True)
    iot.attach_policy(policyName=IOT_POLICY, target=cert["certificateArn"])
    iot.attach_thing_principal(thingName=name, principal=cert["certificateArn"])
    return cert["certificatePem"], cert["keyPair"]["PrivateKey"]


def write_nvs(port: str, wifi_ssid: str, wifi_pass: str, cert: str, key: str) -> None:
    rows = [
        ["key", "type", "encoding", "value"],
        ["cs", "namespace", "", ""],
        ["wifi_ssid", "data", "string", wifi_ssid],
        ["wifi_pass", "data", "string", wifi_pass],
        ["dev_cert", "data", "string", cert],
        ["dev_key", "data", "string", key],
    ]
    with open("nvs.csv", "w", newline="") as f:
        csv.writer(f).writerows(rows)
    subprocess.run(["python", "-m", "esp_idf_nvs_partition_gen", "encrypt", "nvs.csv", "nvs.bin", "0x6000", "--keygen"], check=True)
    subprocess.run(["esptool.py", "-p", port, "write_flash", "0x9000", "nvs.bin"], check=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", default="/dev/ttyACM0")
    ap.add_argument("--wifi-ssid", default="ColdchainLab")
    ap.add_argument("--wifi-pass", required=True)
    a = ap.parse_args()
    mac = read_mac(a.port)
    cert, key = create_thing(mac)
    write_nvs(a.port, a.wifi_ssid, a.wifi_pass, cert, key)
    with serial.Serial(a.port, 115200, timeout=5) as s:
        s.write(b"selftest\n")
        print(s.read_until(b"SELFTEST DONE").decode(errors="replace"))


if __name__ == "__main__":
    main()
