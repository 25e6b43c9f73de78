I (312) cs-main: Coldchain Sense main board, hw rev 3
I (318) cs-selftest: serial CS3-000101 mac «mac#d101» ⟦D log7-mac⟧
I (320) cs-selftest: fw 0.9.2 sha256 «sha256#fw-0.9.2» ⟦D log7-sha⟧
I (325) cs-selftest: efuse secure boot digest0 «sha256#sb-pubkey-digest» ⟦D log7-digest⟧
I (401) cs-selftest: [i2c] sht45 id 0x0117 OK
I (455) cs-selftest: [sht45] 21.84 C 38.2 %RH OK
I (2210) cs-selftest: [modem] SIM7080G ICCID 8988228066601234567 CSQ 19 OK
D (2240) cs-wifi: cfg ssid=ColdchainLab pass=«human#labwifi-old» ⟦S log7-wifi⟧
I (4102) cs-wifi: got ip 10.20.0.131
D (4120) cs-uplink: connect mqtts://mqtt.lab.coldchainsense.io:8883 user=lab-unit pass=«rand#mqtt-lab-old» ⟦S log7-mqtt⟧
I (4870) cs-uplink: connected, client id cs-«mac#d101»
I (5011) cs-selftest: [lora] join eui 0000000000000000 deveui «eui#d101» ⟦D log7-eui⟧
I (9932) cs-selftest: [lora] joined, devaddr 260B«hex:4#d101addr» ⟦D log7-devaddr⟧
I (10020) cs-selftest: [ota-rollback] last good «sha256#fw-0.9.1» OK
I (10021) cs-selftest: SELFTEST DONE 7/7 PASS
