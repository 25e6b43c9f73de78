### list probes in the application (VS Code REST client)
GET https://eu1.cloud.thethings.network/api/v3/applications/coldchain-probes/devices?field_mask=name,description
Authorization: Bearer «ttn#admin-cli» ⟦S http-ttn⟧
Accept: application/json

### register a probe (OTAA)
POST https://eu1.cloud.thethings.network/api/v3/applications/coldchain-probes/devices
Authorization: Bearer {{ttnApiKey}} ⟦D http-var⟧
Content-Type: application/json

{
  "end_device": {
    "ids": { "device_id": "probe-a1", "dev_eui": "«eui#probe-a1-hex»", "join_eui": "0000000000000000" }, ⟦D http-eui⟧
    "network_server_address": "eu1.cloud.thethings.network",
    "lorawan_version": "MAC_V1_0_3",
    "lorawan_phy_version": "PHY_V1_0_3_REV_A",
    "frequency_plan_id": "EU_863_870_TTN"
  }
}
