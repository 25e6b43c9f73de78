#include <string.h>
#include "esp_https_ota.h"
#include "esp_log.h"
#include "mbedtls/pk.h"
#include "mbedtls/sha256.h"
#include "ota.h"

static const char *TAG = "cs-ota";

/*
 * Public half of the OTA signing key (firmware/keys/ota_signing_pub.pem). Images carry an ECDSA P-256 signature over
 * their SHA-256 in the last 64 bytes; the private key is only on the signing laptop.
 */
extern const uint8_t ota_pub_pem_start[] asm("_binary_ota_signing_pub_pem_start");
extern const uint8_t ota_pub_pem_end[]   asm("_binary_ota_signing_pub_pem_end");

/* the image we shipped last, for the rollback check in the self-test */
static const char *k_last_good_sha256 = "«sha256#fw-0.9.1»"; ⟦D ota-sha⟧

static esp_err_t verify_signature(const uint8_t digest[32], const uint8_t sig[64])
{
    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    int rc = mbedtls_pk_parse_public_key(&pk, ota_pub_pem_start, ota_pub_pem_end - ota_pub_pem_start);
    if (rc == 0) {
        rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, digest, 32, sig, 64);
    }
    mbedtls_pk_free(&pk);
    return rc == 0 ? ESP_OK : ESP_ERR_INVALID_CRC;
}

esp_err_t cs_ota_run(const char *url)
{
    esp_http_client_config_t http = {
        .url = url,
        .crt_bundle_attach = esp_crt_bundle_attach,
        .timeout_ms = 15000,
    };
    esp_https_ota_config_t cfg = { .http_config = &http };
    ESP_LOGI(TAG, "OTA from %s", url);
    return esp_https_ota(&cfg);
}
