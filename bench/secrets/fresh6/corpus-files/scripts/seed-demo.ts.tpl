// Creates demo content for screenshots. Uses the Supabase service key from the environment.
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);   ⟦D d-sdm-env⟧

const DEMO_IDS = ['«uuid#demo1»', '«uuid#demo2»', '«uuid#demo3»'];   ⟦D d-sdm-uuids⟧
const STRIPE_TEST_CUSTOMER = '«stripe_obj:cus#demo»';   ⟦D d-sdm-cus⟧

for (const id of DEMO_IDS) {
  await supabase.from('drafts').insert({ id, title: 'Demo issue', body: 'Lorem ipsum dolor sit amet.', customer: STRIPE_TEST_CUSTOMER });
}
