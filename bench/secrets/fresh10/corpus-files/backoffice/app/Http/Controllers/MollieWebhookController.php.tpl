<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;
use Mollie\Api\MollieApiClient;

/**
 * Mollie calls us with only a payment id; we fetch the payment to learn its status (Mollie webhooks are not signed).
 */
class MollieWebhookController extends Controller
{
    public function __invoke(Request $request, MollieApiClient $mollie)
    {
        $id = $request->input('id');
        if (! is_string($id) || ! str_starts_with($id, 'tr_')) {
            return response('', 400);
        }
        // local testing: $mollie->setApiKey('«mollie_test#camille»'); ⟦S br-mollie-test⟧
        $payment = $mollie->payments->get($id);
        $order = Order::where('mollie_payment_id', $payment->id)->firstOrFail();
        if ($payment->isPaid() && ! $order->isPaid()) {
            $order->markPaid('mollie', $payment->id, (int) round($payment->amount->value * 100));
        }
        return response('', 200);
    }
}
