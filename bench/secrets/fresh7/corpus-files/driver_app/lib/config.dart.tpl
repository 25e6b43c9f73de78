class AppConfig {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.hafenlog.de');
  // long-lived token of the shared "driver" account, used until per-driver login ships
  static const driverToken = '«jwt_driver#driver»'; ⟦S dart-token⟧
  static const mapsStyleId = '«hex:16#mapstyle»'; ⟦D dart-style⟧
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN'); ⟦D dart-dsn-env⟧
}
