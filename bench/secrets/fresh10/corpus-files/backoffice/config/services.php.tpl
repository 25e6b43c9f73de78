<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'), ⟦D svc-mailgun⟧
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'sendcloud' => [
        'public_key' => env('SENDCLOUD_PUBLIC_KEY'),
        'secret_key' => env('SENDCLOUD_SECRET_KEY', '«hex:32#sendcloud-secret»'), ⟦S svc-sendcloud⟧
        'sender_address_id' => 418907,
        'default_method' => 'colissimo_home',
    ],

    'shipstation' => [
        'base_url' => 'https://ssapi.shipstation.com',
        'key' => env('SHIPSTATION_API_KEY'),
        'secret' => env('SHIPSTATION_API_SECRET'),
        'store_id' => 204518, // "Maison Verte UK" store
    ],

    'algolia' => [
        'app_id' => env('ALGOLIA_APP_ID', '«algolia_app#mv»'), ⟦D svc-algolia-app⟧
        'secret' => env('ALGOLIA_SECRET'),
        'index_prefix' => env('ALGOLIA_PREFIX', 'mv_prod_'),
    ],

    'odoo' => [
        'url' => env('ODOO_URL', 'https://erp.maisonverte.fr'),
        'db' => env('ODOO_DB', 'maisonverte-prod'),
        'user' => env('ODOO_USER', 'connector@maisonverte.fr'),
        'api_key' => env('ODOO_API_KEY'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'), ⟦D svc-slack⟧
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#commandes'),
        ],
    ],

];
