/**
 * The history of the eighteenth fresh repository ("Coldchain Sense", temperature loggers for refrigerated trucks).
 * About a quarter of the planted secrets live only in history: the first lab `secrets.h` and PlatformIO build flags
 * (rotated when the credentials moved to menuconfig), the OTA and secure-boot signing keys and a hand-made AWS IoT
 * device key (committed, then removed), AWS keys in the provisioning script (moved to a profile), a factory log that
 * echoed Wi-Fi and MQTT passwords (deleted), an unmerged branch for The Things Stack v3, and two values that only
 * ever appeared in commit messages.
 *
 * Templates live as plain text in bench/secrets/fresh18/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'lukas' | 'priya' | 'tomasz' };

export const AUTHORS = {
  lukas: { name: 'Lukas Brandt', email: 'lukas@coldchainsense.io' },
  priya: { name: 'Priya Nair', email: 'priya@coldchainsense.io' },
  tomasz: { name: 'Tomasz Wójcik', email: 'tomasz@coldchainsense.io' },
} as const;

const { files, tpl } = corpusFiles('fresh18');

export const STEPS: Step[] = [
  {
    message: 'main board firmware skeleton: esp-idf 5.1 via platformio, wifi + mqtt to the lab broker',
    date: '2024-01-10T09:20:00Z',
    author: 'lukas',
    write: files(
      'README.md',
      '.gitignore',
      'firmware/platformio.ini',
      'firmware/partitions.csv',
      'firmware/sdkconfig.defaults',
      'firmware/main/main.c',
      'firmware/main/wifi.c',
      'firmware/main/uplink.c',
      'firmware/main/secrets.h',
      'firmware/main/secrets.example.h',
      'firmware/main/Kconfig.projbuild',
    ),
  },
  {
    message: 'arduino prototypes (heltec probe over mqtt, feather m0 lmic otaa) for reference',
    date: '2024-01-18T16:05:00Z',
    author: 'lukas',
    write: files('prototypes/README.md', 'prototypes/probe_mqtt/probe_mqtt.ino', 'prototypes/lora_otaa/lora_otaa.ino'),
  },
  {
    message: 'stm32wl probe node: lorawan keys, tmp117, calibration, mic tests; bring-up wiki',
    date: '2024-01-29T11:40:00Z',
    author: 'tomasz',
    write: files(
      'stm32-node/Core/Inc/lora_keys.h',
      'stm32-node/Core/Inc/board.h',
      'stm32-node/Core/Src/calib.c',
      'stm32-node/test/test_lorawan_mic.c',
      'wiki/hardware-bringup.md',
      'wiki/lab-network.md',
    ),
  },
  {
    message: 'fleet backend: fastapi, timescaledb, influxdb, excursion alerts (twilio, slack, sendgrid)',
    date: '2024-02-06T14:15:00Z',
    author: 'priya',
    write: files(
      'backend/app/settings.py',
      'backend/app/main.py',
      'backend/app/alerts.py',
      'backend/alembic.ini',
      'backend/.env.example',
      'backend/requirements.txt',
      'backend/Dockerfile',
      'backend/tests/conftest.py',
      'docker-compose.yml',
    ),
  },
  {
    message: 'provisioning over serial: aws iot thing + cert into encrypted nvs; lab-unit-07 cert from the console',
    date: '2024-02-14T10:30:00Z',
    author: 'tomasz',
    write: files(
      'provisioning/provision.py',
      'provisioning/README.md',
      'provisioning/devices.csv',
      'provisioning/certs/AmazonRootCA1.pem',
      'provisioning/certs/lab-unit-07.cert.pem',
      'provisioning/certs/lab-unit-07.private.key',
    ),
  },
  {
    message: 'signed ota (ecdsa p-256) and secure boot v2 keys, signing tool, ci build',
    date: '2024-02-20T17:50:00Z',
    author: 'lukas',
    write: files(
      'firmware/main/ota.c',
      'firmware/keys/ota_signing_key.pem',
      'firmware/keys/ota_signing_pub.pem',
      'firmware/keys/secure_boot_signing_key.pem',
      'tools/sign_image.py',
      '.github/workflows/firmware.yml',
    ),
  },
  {
    message:
      'remove private keys from the repo\n\nOTA and secure-boot keys now live only on the signing laptop; CI gets the OTA key from a secret.\nNew OTA key id: «sha256#ota-key-id» (old one revoked in the next release). ⟦D msg-keyid⟧\nlab-unit-07 certificate revoked in AWS IoT.',
    date: '2024-02-21T08:15:00Z',
    author: 'lukas',
    remove: ['firmware/keys/ota_signing_key.pem', 'firmware/keys/secure_boot_signing_key.pem', 'provisioning/certs/lab-unit-07.private.key'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'mosquitto broker for the lab via ansible; emqx bridge config',
    date: '2024-03-04T13:25:00Z',
    author: 'tomasz',
    write: files(
      'ansible/inventory.ini',
      'ansible/playbook.yml',
      'ansible/group_vars/broker/vars.yml',
      'ansible/group_vars/broker/vault.yml',
      'ansible/roles/mosquitto/templates/mosquitto.conf.j2',
      'ansible/roles/mosquitto/files/passwd',
      'emqx/emqx.conf',
    ),
  },
  {
    message: 'node-red alert flows and grafana dashboards',
    date: '2024-03-12T15:00:00Z',
    author: 'priya',
    write: files(
      'nodered/settings.js',
      'nodered/flows.json',
      'nodered/flows_cred.json',
      'grafana/provisioning/datasources/influx.yaml',
      'grafana/dashboards/reefer-overview.json',
    ),
  },
  {
    message: 'driver app (expo / react native): login, logger pairing over ble, trip view',
    date: '2024-03-25T09:45:00Z',
    author: 'priya',
    write: files('driver-app/app.config.js', 'driver-app/eas.json', 'driver-app/google-services.json', 'driver-app/src/api/client.ts', 'driver-app/src/i18n/de.json'),
  },
  {
    message: 'factory test station + batch 07 log; balena fleet for the depot gateways; release notes',
    date: '2024-04-03T18:10:00Z',
    author: 'tomasz',
    write: files(
      'factory/test_station.py',
      'factory/setup-station.sh',
      'factory/logs/2024-04-02_batch07.log',
      'balena/docker-compose.yml',
      'balena/balena.yml',
      '.github/workflows/deploy-gateways.yml',
      'wiki/ota-release.md',
    ),
  },
  {
    message: 'wip: the things stack v3 webhooks and downlinks\n\nshared TTN console login until we have SSO: ops@coldchainsense.io / «human#ttn-console» ⟦S msg-ttn⟧',
    date: '2024-04-08T12:00:00Z',
    author: 'priya',
    branch: 'feature/ttn-v3',
    write: files('backend/app/ttn.py', 'backend/ttn-devices.http'),
  },
  {
    message:
      'rotate lab wifi and mqtt passwords, credentials via menuconfig; provisioning uses an aws profile\n\nThe old ones were in the batch 07 log and on the stolen laptop.\nNew lab Wi-Fi password is «human#labwifi-new» (also on the whiteboard). ⟦S msg-wifi⟧',
    date: '2024-04-10T07:55:00Z',
    author: 'lukas',
    write: {
      'firmware/main/secrets.h': tpl('firmware/main/secrets.h', 'v2'),
      'firmware/platformio.ini': tpl('firmware/platformio.ini', 'v2'),
      'firmware/sdkconfig': tpl('firmware/sdkconfig'),
      'provisioning/provision.py': tpl('provisioning/provision.py', 'v2'),
    },
  },
  {
    message: 'delete the batch 07 log (it echoed credentials); test station now masks them, batch 08 log',
    date: '2024-04-22T16:30:00Z',
    author: 'tomasz',
    remove: ['factory/logs/2024-04-02_batch07.log'],
    write: files('factory/logs/2024-04-19_batch08.log'),
  },
];
