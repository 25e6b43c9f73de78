
config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '36'
	option band '5g'
	option htmode 'HE80'
	option cell_density '0'
	option country 'DE'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'MUELLER-BUERO'
	option encryption 'sae-mixed'
	option key '«human#mueller-buero-wlan»' ⟦S openwrt-wlan-key⟧
	option ieee80211r '1'
	option ft_over_ds '0'

config wifi-iface 'guest_radio0'
	option device 'radio0'
	option network 'guest'
	option mode 'ap'
	option ssid 'MUELLER-GAST'
	option encryption 'psk2'
	option key_file '/etc/kb/guest-psk' ⟦D openwrt-guest-keyfile⟧
	option isolate '1'
