<?php

namespace App\Services;

use App\Models\Order;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * Server-side "Purchase" events for the Meta pixel (Conversions API), deduplicated with the browser pixel by event_id.
 */
class MetaConversions
{
    private const PIXEL_ID = '«meta_pixel#mv»';
    private const GRAPH = 'https://graph.facebook.com/v19.0';

    public function purchase(Order $order): void
    {
        $response = Http::asJson()->post(self::GRAPH . '/' . self::PIXEL_ID . '/events', [
            'access_token' => config('services.meta.capi_token'), ⟦D mc2-config⟧
            'data' => [[
                'event_name' => 'Purchase',
                'event_time' => $order->paid_at->timestamp,
                'event_id' => 'order-' . $order->increment_id,
                'action_source' => 'website',
                'user_data' => [
                    'em' => [hash('sha256', strtolower(trim($order->email)))],
                    'client_ip_address' => $order->remote_ip,
                    'client_user_agent' => $order->user_agent,
                ],
                'custom_data' => ['currency' => 'EUR', 'value' => $order->grand_total_cents / 100],
            ]],
        ]);

        if ($response->failed()) {
            Log::warning('Meta CAPI rejected purchase', ['order' => $order->increment_id, 'body' => $response->json()]);
        }
    }
}
