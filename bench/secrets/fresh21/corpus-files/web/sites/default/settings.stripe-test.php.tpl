<?php

/**
 * Stripe test mode for the donate form on dev/staging. Included from settings.local.php:
 *   include __DIR__ . '/settings.stripe-test.php';
 */
$settings['oh_donate_stripe_secret'] = '«sk_test#sam»'; ⟦S branch-sk-test⟧
$settings['oh_donate_stripe_whsec'] = '«whsec#sam-cli»'; // from `stripe listen` ⟦S branch-whsec⟧
$config['oh_donate.settings']['mode'] = 'test';
$config['oh_donate.settings']['stripe']['publishable_key'] = '«pk_test#sam»'; ⟦D branch-pk-test⟧
