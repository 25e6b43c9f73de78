import Stripe from 'https://esm.sh/stripe@14?target=deno';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const stripe = new Stripe(Deno.env.get('STRIPE_SECRET_KEY') ?? '', { apiVersion: '2024-06-20', httpClient: Stripe.createFetchHttpClient() });   ⟦D d-ef-stripe-env⟧
const endpointSecret = Deno.env.get('STRIPE_WEBHOOK_SECRET') ?? '«whsec#edge»';   ⟦S s-ef-whsec⟧
const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);   ⟦D d-ef-sb-env⟧

Deno.serve(async (req) => {
  const sig = req.headers.get('Stripe-Signature')!;
  const body = await req.text();
  const event = await stripe.webhooks.constructEventAsync(body, sig, endpointSecret);
  if (event.type === 'invoice.paid') {
    await supabase.from('invoices').insert({ stripe_id: event.data.object.id, paid: true });
  }
  return new Response(JSON.stringify({ ok: true }), { headers: { 'Content-Type': 'application/json' } });
});
