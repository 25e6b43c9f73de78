export default {
  expo: {
    name: 'Coldchain Driver',
    slug: 'coldchain-driver',
    version: '1.3.0',
    orientation: 'portrait',
    icon: './assets/icon.png',
    ios: { bundleIdentifier: 'io.coldchainsense.driver', supportsTablet: false },
    android: {
      package: 'io.coldchainsense.driver',
      googleServicesFile: './google-services.json',
      permissions: ['ACCESS_FINE_LOCATION', 'BLUETOOTH_SCAN', 'BLUETOOTH_CONNECT'],
    },
    plugins: [
      ['@rnmapbox/maps', { RNMapboxMapsDownloadToken: process.env.MAPBOX_DOWNLOAD_TOKEN }], ⟦D app-mbdl⟧
      'react-native-ble-plx',
      ['@sentry/react-native/expo', { organization: 'coldchain-sense', project: 'driver-app' }],
    ],
    extra: {
      apiUrl: 'https://api.coldchainsense.io',
      mapboxPublicToken: '«mapbox_pub#driver»', ⟦D app-mbpk⟧
      sentryDsn: '«sentry_dsn#driver»', ⟦D app-dsn⟧
      eas: { projectId: '«uuid#eas-project»' }, ⟦D app-eas⟧
    },
  },
};
