<?php

/*
 * Payment providers for the back-office (refunds, captures, payouts reconciliation).
 * Checkout itself runs on Magento (and Shopify from 2024); this app only talks to the providers' server APIs.
 */

return [

    'paypal' => [
        'mode' => env('PAYPAL_MODE', 'live'),
        // the client id is also in the storefront JS SDK URL, it is not secret
        'client_id' => env('PAYPAL_CLIENT_ID', '«paypal_id#live»'), ⟦D pay-paypal-id⟧
        'client_secret' => env('PAYPAL_CLIENT_SECRET'),
        'webhook_id' => env('PAYPAL_WEBHOOK_ID', '4M«paypal_wh#live»'), ⟦D pay-paypal-wh⟧
    ],

    'adyen' => [
        'environment' => env('ADYEN_ENVIRONMENT', 'live'),
        'live_prefix' => '«hex:16#adyen-prefix»-MaisonVerte', ⟦D pay-adyen-prefix⟧
        'merchant_account' => 'MaisonVerteECOM',
        'api_key' => env('ADYEN_API_KEY', '«adyen#bo»'), ⟦S pay-adyen-key⟧
        'client_key' => 'live_«upper:32#adyen-client»', ⟦D pay-adyen-client⟧
        'hmac_key' => env('ADYEN_HMAC_KEY'),
    ],

    'klarna' => [
        'region' => 'eu',
        'base_url' => 'https://api.klarna.com',
        'username' => env('KLARNA_USERNAME'),
        'password' => env('KLARNA_PASSWORD', '«klarna_pw:live#live»'), ⟦S pay-klarna⟧
    ],

    'mollie' => [
        // Mollie is only enabled for BE/NL (see feature/mollie-checkout)
        'key' => env('MOLLIE_KEY'),
    ],

    'refunds' => [
        'auto_approve_below_cents' => 2500,
        'notify' => ['compta@maisonverte.fr'],
    ],

];
