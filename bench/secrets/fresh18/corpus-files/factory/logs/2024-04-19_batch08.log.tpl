I (311) cs-main: Coldchain Sense main board, hw rev 3
I (317) cs-selftest: serial CS3-000161 mac «mac#d161» ⟦D log8-mac⟧
I (320) cs-selftest: fw 0.9.3 sha256 «sha256#fw-0.9.3» ⟦D log8-sha⟧
I (402) cs-selftest: [i2c] sht45 id 0x0117 OK
I (451) cs-selftest: [sht45] 22.10 C 40.7 %RH OK
I (2190) cs-selftest: [modem] SIM7080G CSQ 21 OK
D (2232) cs-wifi: cfg ssid=ColdchainLab pass=******** ⟦D log8-masked⟧
I (4011) cs-wifi: got ip 10.20.0.144
D (4090) cs-uplink: connect mqtts://mqtt.lab.coldchainsense.io:8883 user=lab-unit pass=<redacted> ⟦D log8-redacted⟧
I (4790) cs-uplink: connected
I (5002) cs-selftest: [lora] join eui 0000000000000000 deveui «eui#d161» ⟦D log8-eui⟧
I (9411) cs-selftest: [lora] joined
I (9500) cs-selftest: SELFTEST DONE 7/7 PASS
