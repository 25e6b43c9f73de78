// Expo config. Everything under `extra` is bundled into the app and readable by anyone who unzips the IPA/APK,
// so only public identifiers belong here.
const IS_PROD = process.env.APP_VARIANT === 'production';

export default ({ config }) => ({
  ...config,
  name: IS_PROD ? 'Classnote' : 'Classnote (dev)',
  slug: 'classnote',
  scheme: 'classnote',
  version: '1.4.0',
  orientation: 'default',
  icon: './assets/icon.png',
  ios: {
    bundleIdentifier: IS_PROD ? 'io.classnote.app' : 'io.classnote.app.dev',
    supportsTablet: true,
    infoPlist: { NSCameraUsageDescription: 'Take a photo of your worksheet to hand it in.' },
  },
  android: {
    package: IS_PROD ? 'io.classnote.app' : 'io.classnote.app.dev',
    googleServicesFile: './google-services.json',
    permissions: ['CAMERA', 'RECORD_AUDIO'],
  },
  plugins: ['expo-camera', 'expo-av', ['@intercom/intercom-react-native', { appId: '«intercom_app#prod»' }]], ⟦D appcfg-ic-plugin⟧
  extra: {
    eas: { projectId: '«uuid4#expo-project»' }, ⟦D appcfg-eas⟧
    apiUrl: IS_PROD ? 'https://api.classnote.io' : 'https://api-staging.classnote.io',
    segmentWriteKey: '«segment#mobile»', ⟦D appcfg-segment⟧
    sentryDsn: '«sentry_dsn#mobile»', ⟦D appcfg-sentry⟧
    algolia: { appId: '«algolia_app#prod»', searchKey: '«algolia_key#search»' }, ⟦D appcfg-algolia⟧
    intercom: { iosApiKey: '«intercom_ios#prod»', androidApiKey: '«intercom_android#prod»' }, ⟦D appcfg-intercom⟧
    cloudinary: { cloudName: 'classnote', apiKey: '«digits:15#cld-key»', apiSecret: '«b64url:27#cld-secret»' }, ⟦S appcfg-cld⟧
  },
});
