<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
// Order confirmations and invoices go out via the office mail server (Exchange 2016, relay for app1 only).
$config['protocol']     = 'smtp';
$config['smtp_host']    = 'tls://mail.ordertrail.de';
$config['smtp_port']    = 587;
$config['smtp_user']    = 'shop@ordertrail.de';
$config['smtp_pass']    = getenv('OT_SMTP_PASS') ?: ''; ⟦D email-getenv⟧
$config['smtp_timeout'] = 20;
$config['mailtype']     = 'html';
$config['charset']      = 'utf-8';
$config['newline']      = "\r\n";
$config['crlf']         = "\r\n";
$config['bcc_batch_mode'] = FALSE;
