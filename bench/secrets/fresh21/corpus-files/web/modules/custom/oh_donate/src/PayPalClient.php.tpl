<?php

namespace Drupal\oh_donate;

use GuzzleHttp\ClientInterface;

/**
 * Minimal PayPal REST client: client-credentials token, then verify an order after the JS SDK captured it.
 */
final class PayPalClient {

  private const LIVE = 'https://api-m.paypal.com';
  private const SANDBOX = 'https://api-m.sandbox.paypal.com';

  // Sandbox app "OH donate test", for local testing only.
  private const SANDBOX_CLIENT_ID = 'A«b64url:79#paypal-sandbox-id»'; ⟦D paypal-sandbox-id⟧
  private const SANDBOX_SECRET = '«paypal_secret#sandbox»'; ⟦S paypal-sandbox-secret⟧

  public function __construct(private ClientInterface $http, private bool $live, private string $clientId = '', private string $secret = '') {}

  private function base(): string {
    return $this->live ? self::LIVE : self::SANDBOX;
  }

  public function accessToken(): string {
    $id = $this->live ? $this->clientId : self::SANDBOX_CLIENT_ID;
    $secret = $this->live ? $this->secret : self::SANDBOX_SECRET;
    $res = $this->http->request('POST', $this->base() . '/v1/oauth2/token', [
      'auth' => [$id, $secret],
      'form_params' => ['grant_type' => 'client_credentials'],
    ]);
    return json_decode((string) $res->getBody(), TRUE)['access_token'];
  }

  public function order(string $orderId): array {
    $res = $this->http->request('GET', $this->base() . '/v2/checkout/orders/' . $orderId, [
      'headers' => ['Authorization' => 'Bearer ' . $this->accessToken()],
    ]);
    return json_decode((string) $res->getBody(), TRUE);
  }

}
