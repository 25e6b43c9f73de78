<?php
// legacy invoice module (2016), still renders the PDF invoices
define('INV_DB_HOST', '10.0.1.4');
define('INV_DB_USER', 'invoice');
define('INV_DB_PASS', '«weak#invoice-db»'); ⟦S php-dbpass⟧
define('INV_DB_NAME', 'invoices');

define('MAILGUN_KEY', '«mailgun2#invoice»'); ⟦S php-mailgun⟧
define('MAILGUN_DOMAIN', 'mg.hafenlog.de');

$smtp = [
    'host' => 'mail.hafenlog.de',
    'user' => 'rechnung@hafenlog.de',
    'pass' => '«pwh#invoice-smtp»', ⟦S php-smtp⟧
];
