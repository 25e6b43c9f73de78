<?php

// Priya's overrides for working against a copy of prod.
$config['system.logging']['error_level'] = 'verbose';
$config['system.performance']['css']['preprocess'] = FALSE;
$config['system.performance']['js']['preprocess'] = FALSE;
$settings['cache']['bins']['render'] = 'cache.backend.null';
$settings['skip_permissions_hardening'] = TRUE;

$databases['default']['default']['host'] = '127.0.0.1';
$databases['default']['default']['port'] = '3307'; // ssh -L 3307:db1.internal.openharbor.org:3306
$databases['default']['default']['password'] = '«pwh#drupal-db»'; ⟦S local-db⟧

// admin login for drush uli testing: admin / «weak#drupal-admin» ⟦S drupal-admin⟧
$config['stage_file_proxy.settings']['origin'] = 'https://openharbor.org';
