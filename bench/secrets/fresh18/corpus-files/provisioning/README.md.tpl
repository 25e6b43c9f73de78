# Provisioning

```
pip install -r requirements.txt
python provision.py --port /dev/ttyACM0 --wifi-pass "$DEPOT_WIFI_PASS" ⟦D prov-readme-env⟧
```

The station prints the self-test report at the end; keep it with the batch log in `factory/logs/`.

Device certificates are created by AWS IoT and written straight into the encrypted NVS partition. The private key
never touches the disk of the station — except for `lab-unit-07`, which we made by hand in the console before this
script existed.

AWS IoT Core root CA: `certs/AmazonRootCA1.pem` (public, from https://www.amazontrust.com/repository/).
