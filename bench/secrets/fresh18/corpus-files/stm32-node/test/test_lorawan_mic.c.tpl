/*
 * Unit tests for our LoRaWAN MIC and payload encryption against known vectors.
 * The key is the AES-128 example key from FIPS-197 / RFC 4493, which the LoRaWAN 1.0.x reference stack uses
 * in its examples; none of these belong to a real device.
 */
#include "unity.h"
#include "lorawan_crypto.h"

static const uint8_t k_test_key[16] = { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }; ⟦D t-fips-key⟧

/* RFC 4493 example 2: AES-CMAC of the 16-byte message */
static const uint8_t k_msg[16] = { 0x6B, 0xC1, 0xBE, 0xE2, 0x2E, 0x40, 0x9F, 0x96, 0xE9, 0x3D, 0x7E, 0x11, 0x73, 0x93, 0x17, 0x2A }; ⟦D t-rfc-msg⟧
static const uint8_t k_cmac[16] = { 0x07, 0x0A, 0x16, 0xB4, 0x6B, 0x4D, 0x41, 0x44, 0xF7, 0x9B, 0xDD, 0x9D, 0xD0, 0x4A, 0x28, 0x7C }; ⟦D t-rfc-cmac⟧

void test_cmac_rfc4493(void)
{
    uint8_t out[16];
    aes_cmac(k_test_key, k_msg, sizeof(k_msg), out);
    TEST_ASSERT_EQUAL_HEX8_ARRAY(k_cmac, out, 16);
}

void test_uplink_mic(void)
{
    /* DevAddr 0x26011BDA, FCnt 1, FPort 1 */
    const uint8_t frame[] = { 0x40, 0xDA, 0x1B, 0x01, 0x26, 0x00, 0x01, 0x00, 0x01, 0xA6, 0x94, 0x64, 0x26, 0x15 };
    uint32_t mic = lorawan_compute_mic(k_test_key, frame, sizeof(frame), 0x26011BDA, 1, 0);
    TEST_ASSERT_NOT_EQUAL(0, mic);
}

int main(void)
{
    UNITY_BEGIN();
    RUN_TEST(test_cmac_rfc4493);
    RUN_TEST(test_uplink_mic);
    return UNITY_END();
}
