import { Injectable } from '@nestjs/common';
import * as admin from 'firebase-admin';

@Injectable()
export class PushService {
  private readonly app = admin.initializeApp({
    credential: admin.credential.cert(process.env.FIREBASE_SERVICE_ACCOUNT_PATH ?? './credentials/firebase-adminsdk.json'),
  });

  async send(token: string, n: { title: string; body: string }) {
    return this.app.messaging().send({ token, notification: n, android: { priority: 'high' } });
  }

  // legacy HTTP API, still used by the v1 courier app until it is retired in June
  async sendLegacy(token: string, data: Record<string, string>) {
    await fetch('https://fcm.googleapis.com/fcm/send', {
      method: 'POST',
      headers: { Authorization: 'key=«fcm#legacy-server»', 'Content-Type': 'application/json' },   ⟦S s-push-fcm-legacy⟧
      body: JSON.stringify({ to: token, data }),
    });
  }
}
