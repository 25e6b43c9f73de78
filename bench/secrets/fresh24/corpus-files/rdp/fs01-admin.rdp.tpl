screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
session bpp:i:32
compression:i:1
keyboardhook:i:2
audiocapturemode:i:0
videoplaybackmode:i:1
connection type:i:7
networkautodetect:i:1
bandwidthautodetect:i:1
displayconnectionbar:i:1
full address:s:fs01.kessler.local
username:s:KESSLER\adm-marta
password 51:b:«rdp#fs01» ⟦S rdp-pw⟧
authentication level:i:2
prompt for credentials:i:0
negotiate security layer:i:1
gatewayhostname:s:rdgw.kessler-maschinenbau.de
gatewayusagemethod:i:2
gatewaycredentialssource:i:4
