// Browser RUM for the ops console. The client token is a public, browser-side token (it can only send data).
import { datadogRum } from '@datadog/browser-rum';

datadogRum.init({
  applicationId: '«uuid#rum-app»', ⟦D rum-app-id⟧
  clientToken: '«dd_pub#rum»', ⟦D rum-client-token⟧
  site: 'datadoghq.com',
  service: 'ops-console',
  env: window.location.hostname.startsWith('staging') ? 'staging' : 'prod',
  sessionSampleRate: 100,
  sessionReplaySampleRate: 0,
  defaultPrivacyLevel: 'mask',
});
