<?php

namespace Tests\Feature;

use App\Models\Order;
use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class RefundTest extends TestCase
{
    use RefreshDatabase;

    protected function setUp(): void
    {
        parent::setUp();
        config(['payments.adyen.api_key' => 'test-api-key']); ⟦D rt-adyen⟧
        config(['payments.paypal.client_secret' => 'fake-secret']); ⟦D rt-paypal⟧
    }

    public function test_support_can_refund_small_orders_without_approval(): void
    {
        Http::fake([
            'checkout-test.adyen.com/*' => Http::response(['pspReference' => '«upper:16#psp»', 'status' => 'received']), ⟦D rt-psp⟧
        ]);
        $user = User::factory()->create(['role' => 'support', 'password' => bcrypt('password')]); ⟦D rt-factory⟧
        $order = Order::factory()->paidWith('adyen')->create(['grand_total_cents' => 1990]);

        $this->actingAs($user)
            ->post("/orders/{$order->id}/refunds", ['amount_cents' => 1990, 'reason' => 'plante abîmée'])
            ->assertRedirect("/orders/{$order->id}");

        $this->assertDatabaseHas('refunds', ['order_id' => $order->id, 'status' => 'sent']);
    }

    public function test_large_refunds_wait_for_the_owner(): void
    {
        $user = User::factory()->create(['role' => 'support']);
        $order = Order::factory()->paidWith('paypal')->create(['grand_total_cents' => 18900]);

        $this->actingAs($user)
            ->post("/orders/{$order->id}/refunds", ['amount_cents' => 18900, 'reason' => 'colis perdu'])
            ->assertRedirect("/orders/{$order->id}");

        $this->assertDatabaseHas('refunds', ['order_id' => $order->id, 'status' => 'pending_approval']);
    }
}
