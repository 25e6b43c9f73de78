<?php

namespace App\Services;

use App\Models\Order;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;
use RuntimeException;

/**
 * Creates parcels and prints labels in Sendcloud (France, Belgium, Netherlands).
 * Docs: https://api.sendcloud.dev/docs/sendcloud-public-api/
 */
class SendcloudClient
{
    private const BASE = 'https://panel.sendcloud.sc/api/v2';

    public function __construct(
        private readonly string $publicKey,
        private readonly string $secretKey,
        private readonly int $senderAddressId,
    ) {}

    public static function fromConfig(): self
    {
        return new self(
            config('services.sendcloud.public_key'),
            config('services.sendcloud.secret_key'),
            (int) config('services.sendcloud.sender_address_id'),
        );
    }

    private function http(): PendingRequest
    {
        return Http::withBasicAuth($this->publicKey, $this->secretKey) ⟦D sc-basic-call⟧
            ->acceptJson()
            ->timeout(15)
            ->retry(2, 500);
    }

    public function createParcel(Order $order, string $method): array
    {
        $address = $order->shippingAddress;
        $response = $this->http()->post(self::BASE . '/parcels', [
            'parcel' => [
                'name' => $address->full_name,
                'address' => $address->line1,
                'house_number' => $address->house_number,
                'city' => $address->city,
                'postal_code' => $address->postcode,
                'country' => $address->country_code,
                'email' => $order->email,
                'order_number' => $order->increment_id,
                'weight' => number_format($order->weightKg(), 3, '.', ''),
                'shipment' => ['id' => $this->methodId($method)],
                'sender_address' => $this->senderAddressId,
                'request_label' => true,
            ],
        ]);

        if ($response->failed()) {
            throw new RuntimeException("Sendcloud parcel failed for {$order->increment_id}: " . $response->body());
        }

        return $response->json('parcel');
    }

    private function methodId(string $method): int
    {
        return match ($method) {
            'colissimo_home' => 1343,
            'mondial_relay_point' => 2145,
            'dpd_home_be' => 1102,
            default => throw new RuntimeException("Unknown shipping method {$method}"),
        };
    }
}
