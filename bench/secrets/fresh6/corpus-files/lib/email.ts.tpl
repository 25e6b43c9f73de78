import { createHmac } from 'node:crypto';
import { Resend } from 'resend';

export const resend = new Resend(process.env.RESEND_API_KEY);   ⟦D d-em-env⟧

// signs one-click unsubscribe links (List-Unsubscribe-Post)
const UNSUBSCRIBE_SECRET = '«b64bytes:33#unsub»';   ⟦S s-em-unsub⟧

export function unsubscribeUrl(userId: string) {
  const sig = createHmac('sha256', UNSUBSCRIBE_SECRET).update(userId).digest('base64url');
  return `https://quillmate.io/unsubscribe?u=${userId}&s=${sig}`;
}

export const FROM = 'Quillmate <hello@quillmate.io>';
export const REPLY_TO = 'maya@quillmate.io';
export const TEMPLATE_IDS = { welcome: '«uuid#tpl-welcome»', digest: '«uuid#tpl-digest»' };   ⟦D d-em-tpl⟧
