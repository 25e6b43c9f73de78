<?php

/**
 * @file
 * Install hooks: write the live keys into state on first install (Priya ran this once on prod).
 */

function oh_donate_install() {
  \Drupal::state()->set('oh_donate.paypal_live', [
    'client_id' => 'A«b64url:79#paypal-client-id»', ⟦D install-paypal-id⟧
    'secret' => '«paypal_secret#live»', ⟦S install-paypal-live⟧
  ]);
  \Drupal::messenger()->addStatus(t('Donation keys stored. Enter the Stripe secret key in settings.php.')); ⟦D install-msg⟧
}
