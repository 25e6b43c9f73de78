<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
/*
| Payment gateways for the shop checkout.
| PayPal: Classic API (NVP, Express Checkout), account sales@ordertrail.de
| Authorize.Net: AIM, only for the two US customers (Chicago / Newark)
*/

$config['paypal_mode']          = ENVIRONMENT == 'production' ? 'live' : 'sandbox';
$config['paypal_endpoint']      = array(
    'live'    => 'https://api-3t.paypal.com/nvp',
    'sandbox' => 'https://api-3t.sandbox.paypal.com/nvp', ⟦D pay-sandbox-endpoint⟧
);
$config['paypal_redirect']      = array(
    'live'    => 'https://www.paypal.com/cgi-bin/webscr?cmd=_express-checkout&token=',
    'sandbox' => 'https://www.sandbox.paypal.com/cgi-bin/webscr?cmd=_express-checkout&token=',
);
$config['paypal_version']       = '204.0';

// live API credentials (Profile > API access > Request API signature)
// password rotated 2019-03 after Jens left, signature unchanged
$config['paypal_api_username']  = 'sales_api1.ordertrail.de';
$config['paypal_api_password']  = '«paypal_pw#live2»'; ⟦S pay-pp-pw2⟧
$config['paypal_api_signature'] = '«paypal_sig#live»'; ⟦S pay-pp-sig⟧

// sandbox business account (developer.paypal.com, login technik@)
$config['paypal_sandbox_username']  = 'sb-tech_api1.ordertrail.de';
$config['paypal_sandbox_password']  = '«paypal_pw#sandbox»'; ⟦S pay-pp-sb-pw⟧
$config['paypal_sandbox_signature'] = '«paypal_sig#sandbox»'; ⟦S pay-pp-sb-sig⟧

// Authorize.Net
define('ANET_API_LOGIN_ID', '«anet_login#live»'); ⟦S pay-anet-login⟧
define('ANET_TRANSACTION_KEY', '«anet_key#live»'); ⟦S pay-anet-key⟧
define('ANET_SANDBOX', FALSE);
define('ANET_MD5_HASH', ''); // MD5 hash setting in the merchant interface, unused ⟦D pay-anet-md5-empty⟧

$config['payment_methods'] = array('invoice', 'prepayment', 'paypal', 'anet');
