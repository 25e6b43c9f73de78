<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');

/**
 * Minimal PayPal NVP client (SetExpressCheckout / GetExpressCheckoutDetails / DoExpressCheckoutPayment).
 * Written 2013 because the Payments library from the forum did not do DoReferenceTransaction.
 */
class Paypal_nvp {

    private $CI;
    private $mode;

    public function __construct()
    {
        $this->CI =& get_instance();
        $this->CI->config->load('payment');
        $this->mode = $this->CI->config->item('paypal_mode');
    }

    public function call($method, array $fields)
    {
        $live = $this->mode == 'live';
        $auth = array(
            'METHOD'    => $method,
            'VERSION'   => $this->CI->config->item('paypal_version'),
            'USER'      => $this->CI->config->item($live ? 'paypal_api_username' : 'paypal_sandbox_username'),
            'PWD'       => $this->CI->config->item($live ? 'paypal_api_password' : 'paypal_sandbox_password'), ⟦D nvp-pwd-config⟧
            'SIGNATURE' => $this->CI->config->item($live ? 'paypal_api_signature' : 'paypal_sandbox_signature'), ⟦D nvp-sig-config⟧
        );
        $endpoints = $this->CI->config->item('paypal_endpoint');
        $ch = curl_init($endpoints[$this->mode]);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($auth + $fields));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, TRUE);
        curl_setopt($ch, CURLOPT_TIMEOUT, 30);
        $raw = curl_exec($ch);
        if ($raw === FALSE) {
            log_message('error', 'PayPal '.$method.' failed: '.curl_error($ch));
            return FALSE;
        }
        parse_str($raw, $resp);
        // never log the request: it carries PWD and SIGNATURE
        log_message('debug', 'PayPal '.$method.' ACK='.$resp['ACK'].' CORRELATIONID='.$resp['CORRELATIONID']);
        return $resp;
    }
}

/*
 * A successful SetExpressCheckout answer from the sandbox (2013-05-14), for reference:
 * TOKEN=EC%2d«upnum:17#ectoken»&TIMESTAMP=2013%2d05%2d14T09%3a12%3a44Z&CORRELATIONID=«hexs:13#corr»&ACK=Success&VERSION=98%2e0&BUILD=5908853 ⟦D nvp-sample-response⟧
 */
