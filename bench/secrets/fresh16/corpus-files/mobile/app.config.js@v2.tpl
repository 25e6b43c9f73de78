// Expo config. Everything under `extra` is bundled into the app and readable by anyone who unzips the IPA/APK,
// so only public identifiers belong here.
const IS_PROD = process.env.APP_VARIANT === 'production';

export default ({ config }) => ({
  ...config,
  name: IS_PROD ? 'Classnote' : 'Classnote (dev)',
  slug: 'classnote',
  scheme: 'classnote',
  version: '1.5.0',
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
    // uploads are signed by the API now (POST /uploads/signature); the unsigned preset is for the simulator only
    cloudinary: { cloudName: 'classnote', uploadPreset: 'classnote_sim_unsigned' }, ⟦D appcfg-cld2⟧
  },
});
