<?php
/**
 * Template for app/etc/env.php on a new machine. Copy it, then replace every <...> value.
 *
 * The crypt key MUST be the production one when you restore a production dump, otherwise saved payment
 * settings and admin 2FA secrets cannot be decrypted. Get it from 1Password ("Magento crypt key"), never from here.
 * Generate a fresh one for a blank install with: bin/magento setup:install --key=<32 hex characters>
 */
return [
    'backend' => [
        'frontName' => 'admin_mv'
    ],
    'crypt' => [
        'key' => '<crypt key from 1Password>' ⟦D mgs-crypt⟧
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => '<db host>',
                'dbname' => 'mv_magento_prod',
                'username' => 'mv_magento',
                'password' => '<db password>', ⟦D mgs-db⟧
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1'
            ]
        ]
    ],
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => '127.0.0.1',
            'port' => '6379',
            'password' => '', ⟦D mgs-redis⟧
            'database' => '2'
        ]
    ],
    'MAGE_MODE' => 'developer'
];
