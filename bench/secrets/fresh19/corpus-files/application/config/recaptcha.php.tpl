<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
// Google reCAPTCHA v2 ("I'm not a robot") on registration, password reset and the contact form.
// Keys registered under technik@ordertrail.de for shop.ordertrail.de and www.ordertrail.de.

$config['recaptcha_site_key']   = '«recaptcha#site»'; // goes into the page ⟦D recaptcha-site-php⟧
$config['recaptcha_secret_key'] = '«recaptcha#secret»'; ⟦S recaptcha-secret⟧
$config['recaptcha_verify_url'] = 'https://www.google.com/recaptcha/api/siteverify';
$config['recaptcha_lang']       = 'de';
