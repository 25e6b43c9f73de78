<?php

namespace App\Services;

use App\Models\Order;
use Illuminate\Support\Facades\Http;

/**
 * TikTok Events API (server-side "CompletePayment"). Same dedup key as the browser pixel: event_id = order-<increment>.
 */
class TikTokEvents
{
    private const ENDPOINT = 'https://business-api.tiktok.com/open_api/v1.3/event/track/';

    public function completePayment(Order $order): void
    {
        Http::withHeaders([
            'Access-Token' => '«tiktok_token#events»', ⟦S tt-header⟧
            'Content-Type' => 'application/json',
        ])->post(self::ENDPOINT, [
            'event_source' => 'web',
            'event_source_id' => '«tiktok_pixel#mv»', ⟦D tt-pixel⟧
            'data' => [[
                'event' => 'CompletePayment',
                'event_time' => $order->paid_at->timestamp,
                'event_id' => 'order-' . $order->increment_id,
                'user' => [
                    'email' => hash('sha256', strtolower(trim($order->email))),
                    'ip' => $order->remote_ip,
                    'user_agent' => $order->user_agent,
                ],
                'properties' => ['currency' => 'EUR', 'value' => $order->grand_total_cents / 100, 'content_type' => 'product'],
            ]],
        ]);
    }
}
