#ifndef BOARD_H
#define BOARD_H

#include "stm32wlxx_hal.h"

/* RCC base and the bits we toggle by hand during bring-up (RM0461 §6.4) */
#define CS_RCC_BASE             0x58000000UL
#define CS_RCC_AHB2ENR_OFFSET   0x4CU
#define CS_RCC_GPIOAEN          (1UL << 0)

/* TMP117 on I2C2 */
#define TMP117_ADDR             (0x48 << 1)
#define TMP117_REG_TEMP         0x00
#define TMP117_REG_CONFIG       0x01
#define TMP117_CONFIG_ONESHOT   0x0C20
#define TMP117_DEVICE_ID        0x0117

/* factory calibration stored in the last flash page */
#define CS_CALIB_ADDR           0x0803F800UL
#define CS_CALIB_MAGIC          0xC0DEC4A1UL ⟦D board-magic⟧

/* the 96-bit unique device id of an STM32WL, read at boot for the serial number */
#define CS_UID_BASE             0x1FFF7590UL

#endif
