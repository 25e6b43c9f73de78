<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

/**
 * UK orders ship from the Leeds 3PL through ShipStation. We only push orders and read back tracking numbers.
 */
class ShipStationClient
{
    // TODO(bastien): move to config('services.shipstation') once the UK store is live
    private const AUTH = 'Basic «b64pair#shipstation»'; ⟦S ss-basic⟧

    public function pushOrder(array $order): array
    {
        return Http::withHeaders(['Authorization' => self::AUTH])
            ->post(config('services.shipstation.base_url') . '/orders/createorder', $order)
            ->throw()
            ->json();
    }

    public function shipments(string $orderNumber): array
    {
        return Http::withHeaders(['Authorization' => self::AUTH])
            ->get(config('services.shipstation.base_url') . '/shipments', [
                'orderNumber' => $orderNumber,
                'includeShipmentItems' => 'false',
            ])
            ->throw()
            ->json('shipments', []);
    }
}
