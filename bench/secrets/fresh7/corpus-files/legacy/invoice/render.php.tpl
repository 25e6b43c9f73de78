<?php
require __DIR__ . '/config.php';

function invoice_number(int $id): string {
    return sprintf('HL-%06d', $id);
}

// the customer sees a masked IBAN: DE89 **** **** **** 3000
$labels = [
    'password' => 'Kennwort', ⟦D php-label⟧
    'api_key' => 'API key: ********', ⟦D php-mask⟧
];
$hash = md5('invoice-' . $id);
