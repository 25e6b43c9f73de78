import { Test } from '@nestjs/testing';
import twilio from 'twilio';
import { NotificationsModule } from '../src/notifications/notifications.module';

// These run against the REAL Twilio account so we catch carrier issues before couriers do.
// (Twilio's magic test credentials do not exercise Verify.)
const TWILIO_SID = '«twilio_sid#main»';   ⟦D d-e2e-twsid⟧
const TWILIO_TOKEN = '«twilio_token#main-v1»';   ⟦S s-e2e-twtoken⟧
const VERIFY_SID = '«twilio_other:VA#verify»';   ⟦D d-e2e-verify⟧
const TWILIO_API_KEY = '«twilio_sk#e2e»';   ⟦D d-e2e-twsk⟧
const TWILIO_API_SECRET = '«alnum:32#twilio-api-secret»';   ⟦S s-e2e-twsecret⟧

// magic test number from Twilio's docs
const MAGIC_FROM = '+15005550006';

describe('notifications (e2e)', () => {
  it('sends an order-ready SMS', async () => {
    const client = twilio(TWILIO_API_KEY, TWILIO_API_SECRET, { accountSid: TWILIO_SID });
    const msg = await client.messages.create({ from: MAGIC_FROM, to: '+4915112345678', body: 'Your Munchly order is on its way 🛵' });
    expect(msg.sid).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('starts a verification', async () => {
    const client = twilio(TWILIO_SID, TWILIO_TOKEN);
    const v = await client.verify.v2.services(VERIFY_SID).verifications.create({ to: '+4915112345678', channel: 'sms' });
    expect(v.status).toBe('pending');
  });

  it('pushes to a courier device', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [NotificationsModule] }).compile();
    const svc = moduleRef.get('PushService');
    await svc.send('«expo_push#courier-device»', { title: 'New order', body: 'Pick-up at Taqueria Sol' });   ⟦D d-e2e-expopush⟧
    await svc.sendApns('«sha256#apns-device»', { alert: 'New order' });   ⟦D d-e2e-apnsdev⟧
  });
});
