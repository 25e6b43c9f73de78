<?php

// Copy to settings.local.php. Never commit the copy.
$config['system.logging']['error_level'] = 'verbose';
$settings['cache']['bins']['render'] = 'cache.backend.null';
$databases['default']['default']['password'] = 'CHANGE_ME'; ⟦D example-local-pw⟧
$settings['hash_salt'] = 'your-random-hash-salt'; ⟦D example-local-salt⟧
