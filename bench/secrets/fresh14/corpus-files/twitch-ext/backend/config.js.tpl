// Extension Backend Service for the "Skyraid Drops" Twitch panel extension.
// The extension secret signs/verifies the JWTs the Twitch helper hands the panel; it must never reach the browser.
module.exports = {
  port: process.env.PORT || 8081,
  clientId: '«twitch_id#ext»', ⟦D tw-clientid⟧
  ownerId: '«digits:9#twitchowner»', ⟦D tw-owner⟧
  // base64, as shown under Extension Settings → Extension Secrets
  extensionSecret: '«twitch_ext#v1»', ⟦S tw-extsecret⟧
  // app access token for the Helix API (drops entitlement lookups)
  clientSecret: process.env.TWITCH_CLIENT_SECRET, ⟦D tw-env⟧
  dropsCampaignId: '«uuid#drops-s3»', ⟦D tw-campaign⟧
  allowedOrigins: ['https://«twitch_id#ext».ext-twitch.tv'],
};
