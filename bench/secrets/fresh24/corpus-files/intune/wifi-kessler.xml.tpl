<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>Kessler-Intern</name>
  <SSIDConfig><SSID><hex>4B6573736C65722D496E7465726E</hex><name>Kessler-Intern</name></SSID></SSIDConfig> ⟦D wifi-hex⟧
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM>
    <security>
      <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
      <sharedKey>
        <keyType>passPhrase</keyType>
        <protected>false</protected>
        <keyMaterial>«adm:Kessler-WLAN#wlan»</keyMaterial> ⟦S wifi-psk⟧
      </sharedKey>
    </security>
  </MSM>
</WLANProfile>
