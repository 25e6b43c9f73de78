#include <stdio.h>
#include "mqtt_client.h"
#include "esp_log.h"
#include "esp_mac.h"
#include "uplink.h"

static const char *TAG = "cs-uplink";
static esp_mqtt_client_handle_t s_client;
static char s_topic[64];

/* AWS IoT Core: X.509 client auth, no username/password. Certificates are in NVS (see provisioning/). */
extern const char aws_root_ca_pem_start[] asm("_binary_AmazonRootCA1_pem_start");

void uplink_start(const char *uri, const char *user, const char *password)
{
    uint8_t mac[6];
    esp_read_mac(mac, ESP_MAC_WIFI_STA);
    static char client_id[24];
    snprintf(client_id, sizeof(client_id), "cs-%02x%02x%02x%02x%02x%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
    snprintf(s_topic, sizeof(s_topic), "cs/%s/telemetry", client_id + 3);

    esp_mqtt_client_config_t cfg = {
        .broker.address.uri = uri,
        .broker.verification.certificate = aws_root_ca_pem_start,
        .credentials.username = user,
        .credentials.client_id = client_id,
        .credentials.authentication.password = password, ⟦D up-cfgpw⟧
        .session.keepalive = 120,
    };
    s_client = esp_mqtt_client_init(&cfg);
    esp_mqtt_client_start(s_client);
    ESP_LOGI(TAG, "mqtt client %s started", client_id);
}

void uplink_publish_sample(const probe_sample_t *s)
{
    char buf[128];
    int n = snprintf(buf, sizeof(buf), "{\"temp_c\":%.2f,\"rh\":%.1f,\"door_open\":%s,\"bat_mv\":%u}",
                     s->temp_mC / 1000.0, s->rh_permille / 10.0, s->door_open ? "true" : "false", s->bat_mv);
    esp_mqtt_client_publish(s_client, s_topic, buf, n, 1, 0);
}
