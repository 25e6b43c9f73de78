<?php

namespace Drupal\Tests\oh_donate\Kernel;

use Drupal\KernelTests\KernelTestBase;
use Drupal\oh_donate\Webhook;

/**
 * Stripe signature check against a made-up secret.
 */
class WebhookTest extends KernelTestBase {

  protected static $modules = ['oh_donate'];

  public function testSignature(): void {
    $secret = 'whsec_test_secret'; ⟦D test-whsec⟧
    $payload = '{"id":"evt_test_webhook","object":"event"}';
    $ts = 1492774577;
    $sig = hash_hmac('sha256', $ts . '.' . $payload, $secret);
    $this->assertTrue(Webhook::verify($payload, "t=$ts,v1=$sig", $secret, $ts + 10));
    $this->assertFalse(Webhook::verify($payload, "t=$ts,v1=" . str_repeat('0', 64), $secret, $ts + 10)); ⟦D test-zero-sig⟧
  }

}
