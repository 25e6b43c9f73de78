// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  modules: ['@nuxtjs/i18n', '@pinia/nuxt'],
  runtimeConfig: {
    // server only
    apiSecret: process.env.NUXT_API_SECRET || '«hex:64#nuxt-api-secret»',   ⟦S s-nuxt-fallback⟧
    sessionPassword: process.env.NUXT_SESSION_PASSWORD,   ⟦D d-nuxt-session-env⟧
    public: {
      apiBase: 'https://api.carelane.health',
      segmentWriteKey: '«segment#web»',   ⟦D d-segment-writekey⟧
      datadogClientToken: '«dd_pub#rum»',   ⟦D d-dd-client-token⟧
      datadogApplicationId: '«uuid#rum-app»',   ⟦D d-dd-rum-appid⟧
      stripePublishableKey: '«pk_live#web»',   ⟦D d-stripe-pk⟧
      launchDarklyClientId: '«hex:24#ld-client»',   ⟦D d-ld-clientid⟧
      googleMapsKey: '«aiza#maps-web»',   ⟦D d-maps-key⟧
      newRelicBrowserKey: '«nrjs#browser»',   ⟦D d-nr-browser⟧
    },
  },
});
