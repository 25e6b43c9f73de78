<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');

$config['shipping_default_carrier'] = 'ups';
$config['shipping_free_from_net']   = 250.00;
$config['shipping_pallet_rate']     = 49.00;

// FedEx Web Services (Ship Service v17) – only for exports to the US/UK
$config['fedex_wsdl']          = APPPATH . 'third_party/fedex/ShipService_v17.wsdl';
$config['fedex_endpoint']      = 'https://ws.fedex.com:443/web-services';
$config['fedex_test_endpoint'] = 'https://wsbeta.fedex.com:443/web-services'; ⟦D fedex-test-endpoint⟧
$config['fedex_key']           = '«fedex_key#live»'; ⟦S fedex-key⟧
$config['fedex_password']      = '«fedex_pw#live»'; ⟦S fedex-password⟧
$config['fedex_account']       = '«digits:9#fedexacct»'; ⟦D fedex-account⟧
$config['fedex_meter']         = '«digits:9#fedexmeter»'; ⟦D fedex-meter⟧

// label printer on the packing table (ZPL over raw TCP)
$config['label_printer_host'] = '10.10.2.40';
$config['label_printer_port'] = 9100;
