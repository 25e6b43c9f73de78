// A tiny Mailpit-like HTTP mailbox so flows that send email (reset, invite) can be followed end to end:
//   GET /__mailbox/api/v1/messages       -> { total, messages: [{ ID, To: [{ Address }], Subject, Created, Snippet }] } (newest first)
//   GET /__mailbox/api/v1/message/{ID}   -> { ID, To, Subject, Text, Created }
//   DELETE /__mailbox/api/v1/messages    -> clears it
import { randomBytes } from 'node:crypto';

export class Mailbox {
  constructor() {
    this.messages = [];
  }
  send(to, subject, text) {
    const m = { ID: randomBytes(8).toString('hex'), To: [{ Address: to, Name: '' }], From: { Address: 'no-reply@demo-market.test' }, Subject: subject, Text: text, Created: new Date().toISOString() };
    this.messages.unshift(m);
    if (this.messages.length > 500) this.messages.length = 500;
    return m;
  }
  list() {
    return { total: this.messages.length, messages: this.messages.map(({ Text, ...rest }) => ({ ...rest, Snippet: Text.slice(0, 80) })) };
  }
  get(id) {
    return this.messages.find((m) => m.ID === id);
  }
  clear() {
    this.messages = [];
  }
}
