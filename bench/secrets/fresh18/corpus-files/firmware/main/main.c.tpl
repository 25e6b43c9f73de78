#include <stdio.h>
#include "freertos/FreeRTOS.h"
#include "freertos/task.h"
#include "esp_log.h"
#include "nvs_flash.h"
#include "secrets.h"
#include "wifi.h"
#include "probe_bus.h"
#include "uplink.h"

static const char *TAG = "cs-main";

/* SHT45 on I2C0: soft reset and high-precision measure commands (datasheet table 7) */
#define SHT45_ADDR          0x44
#define SHT45_CMD_MEASURE   0xFD
#define SHT45_CMD_RESET     0x94

/* RTC_CNTL_STORE0 holds the boot reason across deep sleep */
#define CS_BOOT_REASON_REG  0x600080B0 ⟦D main-reg⟧

void app_main(void)
{
    esp_err_t err = nvs_flash_init();
    if (err == ESP_ERR_NVS_NO_FREE_PAGES || err == ESP_ERR_NVS_NEW_VERSION_FOUND) {
        ESP_ERROR_CHECK(nvs_flash_erase());
        err = nvs_flash_init();
    }
    ESP_ERROR_CHECK(err);

    ESP_LOGI(TAG, "Coldchain Sense main board, hw rev %d", CS_HW_REV);
    cs_wifi_start(CS_WIFI_SSID, CS_WIFI_PASSWORD);
    probe_bus_init(SHT45_ADDR);
    uplink_start(CS_MQTT_URI, CS_MQTT_USER, CS_MQTT_PASSWORD);

    for (;;) {
        probe_sample_t s;
        if (probe_bus_read(&s) == ESP_OK) {
            uplink_publish_sample(&s);
        }
        vTaskDelay(pdMS_TO_TICKS(30 * 1000));
    }
}
