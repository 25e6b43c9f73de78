import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const SUPABASE_URL = 'https://«sb_ref#prod».supabase.co';   ⟦D d-sd-url⟧
const SERVICE_ROLE = '«sb_service:prod#edge-digest»';   ⟦S s-sd-service⟧
const POSTMARK_TOKEN = '«postmark#digest»';   ⟦S s-sd-postmark⟧

const supabase = createClient(SUPABASE_URL, SERVICE_ROLE);

Deno.serve(async () => {
  const { data: users } = await supabase.from('profiles').select('email, digest_day').eq('digest_enabled', true);
  for (const u of users ?? []) {
    await fetch('https://api.postmarkapp.com/email/withTemplate', {
      method: 'POST',
      headers: { 'X-Postmark-Server-Token': POSTMARK_TOKEN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ From: 'digest@quillmate.io', To: u.email, TemplateAlias: 'weekly-digest', TemplateModel: {} }),
    });
  }
  return new Response('ok');
});
