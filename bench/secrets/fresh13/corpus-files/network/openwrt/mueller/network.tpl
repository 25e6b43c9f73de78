
config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config globals 'globals'
	option ula_prefix 'fd4e:2c71:9a03::/48'

config device
	option name 'br-lan'
	option type 'bridge'
	list ports 'lan1'
	list ports 'lan2'

config interface 'lan'
	option device 'br-lan'
	option proto 'static'
	option ipaddr '192.168.10.1'
	option netmask '255.255.255.0'

config interface 'wan'
	option device 'wan'
	option proto 'dhcp'

config interface 'wg_kb'
	option proto 'wireguard'
	option private_key '«wg_priv#mueller-router»' ⟦S openwrt-wg-priv⟧
	list addresses '10.99.0.21/32'

config wireguard_wg_kb
	option description 'kettlebridge pve01'
	option public_key '«wg_pub#pve01»' ⟦D openwrt-wg-peer-pub⟧
	option endpoint_host 'pve01.kettlebridge.net'
	option endpoint_port '51820'
	option persistent_keepalive '25'
	list allowed_ips '10.99.0.0/24'
