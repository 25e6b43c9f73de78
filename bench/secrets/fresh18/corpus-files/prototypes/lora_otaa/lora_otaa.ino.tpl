#include <lmic.h>
#include <hal/hal.h>
#include <SPI.h>

// This EUI must be in little-endian format (LSB first).
static const u1_t PROGMEM APPEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }; ⟦D ino-appeui⟧
void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8); }

// LSB first, from the TTN console
static const u1_t PROGMEM DEVEUI[8] = { «eui_lsb#proto-lora» }; ⟦D ino-deveui⟧
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8); }

// MSB first
static const u1_t PROGMEM APPKEY[16] = { «aes128_c#proto-appkey» }; ⟦S ino-appkey⟧
void os_getDevKey (u1_t* buf) { memcpy_P(buf, APPKEY, 16); }

static osjob_t sendjob;
const unsigned TX_INTERVAL = 60;

const lmic_pinmap lmic_pins = {
    .nss = 8,
    .rxtx = LMIC_UNUSED_PIN,
    .rst = 4,
    .dio = {3, 6, LMIC_UNUSED_PIN},
};

void do_send(osjob_t* j) {
    static uint8_t payload[4];
    int16_t t = (int16_t)(readTempC() * 100);
    payload[0] = t >> 8;
    payload[1] = t & 0xFF;
    payload[2] = readBatteryPct();
    payload[3] = digitalRead(A1);
    LMIC_setTxData2(1, payload, sizeof(payload), 0);
}

void onEvent (ev_t ev) {
    if (ev == EV_JOINED) {
        LMIC_setLinkCheckMode(0);
    } else if (ev == EV_TXCOMPLETE) {
        os_setTimedCallback(&sendjob, os_getTime() + sec2osticks(TX_INTERVAL), do_send);
    }
}

void setup() {
    os_init();
    LMIC_reset();
    do_send(&sendjob);
}

void loop() {
    os_runloop_once();
}
