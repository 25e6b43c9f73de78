-- Store configuration to import into a local Magento after `setup:install` (mysql magento < core_config_data.sql).
-- Exported from production on 2024-01-12 with bin/magento config:show; encrypted values (0:3:...) only decrypt
-- with the production crypt key, so payment methods stay unusable locally — that is on purpose.
SET NAMES utf8mb4;

REPLACE INTO core_config_data (scope, scope_id, path, value) VALUES
('default', 0, 'web/unsecure/base_url', 'http://localhost:8080/'),
('default', 0, 'web/secure/base_url', 'http://localhost:8080/'),
('default', 0, 'general/locale/code', 'fr_FR'),
('default', 0, 'currency/options/base', 'EUR'),
('default', 0, 'google/gtag/analytics4/measurement_id', 'G-«upper:10#ga4»'), ⟦D cc-ga4⟧
('default', 0, 'payment/adyen_abstract/merchant_account', 'MaisonVerteECOM'),
('default', 0, 'payment/adyen_abstract/demo_mode', '0'),
('default', 0, 'payment/adyen_abstract/api_key_live', '0:3:«b64bytes:96#adyen-enc»'), ⟦D cc-adyen-enc⟧
('default', 0, 'payment/adyen_abstract/notification_password', '0:3:«b64bytes:56#adyen-notif-enc»'), ⟦D cc-notif-enc⟧
('default', 0, 'payment/paypal_express/active', '1'),
('default', 0, 'paypal/wpp/api_password', '0:3:«b64bytes:48#paypal-enc»'), ⟦D cc-paypal-enc⟧
('default', 0, 'klaviyo_reclaim_general/general/public_api_key', '«klaviyo_site#mv»'), ⟦D cc-klaviyo-public⟧
('default', 0, 'klaviyo_reclaim_general/general/private_api_key', '«klaviyo_pk#magento»'), ⟦S cc-klaviyo-private⟧
('default', 0, 'algoliasearch_credentials/credentials/application_id', '«algolia_app#mv»'),
('default', 0, 'algoliasearch_credentials/credentials/search_only_api_key', '«hex:32#algolia-search»'), ⟦D cc-algolia-search⟧
('default', 0, 'algoliasearch_credentials/credentials/api_key', '0:3:«b64bytes:72#algolia-enc»'), ⟦D cc-algolia-enc⟧
('default', 0, 'carriers/flatrate/active', '0'),
('default', 0, 'admin/security/session_lifetime', '86400'),
('default', 0, 'dev/static/sign', '1');
