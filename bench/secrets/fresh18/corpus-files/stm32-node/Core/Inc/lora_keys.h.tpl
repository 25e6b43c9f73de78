/**
 * LoRaWAN credentials for the probe node (LoRaWAN 1.0.3, EU868).
 * OTAA is the default; ABP is only for the RF test fixture that cannot wait for a join.
 */
#ifndef LORA_KEYS_H
#define LORA_KEYS_H

#define LORAWAN_DEVICE_EUI      { «eui_c#probe-a1» } ⟦D lk-deveui⟧
#define LORAWAN_JOIN_EUI        { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }

#define LORAWAN_APP_KEY         «aes128_st#probe-appkey» ⟦S lk-appkey⟧
#define LORAWAN_NWK_KEY         «aes128_st#probe-appkey»

/* ABP, RF fixture only */
#define LORAWAN_DEVICE_ADDRESS  ( uint32_t )0x«devaddr#fixture» ⟦D lk-devaddr⟧
#define LORAWAN_NWK_S_KEY       { «aes128_c#fixture-nwks» } ⟦S lk-nwks⟧
#define LORAWAN_APP_S_KEY       { «aes128_c#fixture-apps» } ⟦S lk-apps⟧

#endif
