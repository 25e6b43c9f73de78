// Seed data for demo-market: two tenants (acme, globex), members and admins, a platform admin, orders,
// invoices and products. Everything lives in memory: each server start is a fresh world.
import { createHash, randomBytes } from 'node:crypto';

/** Looks like a bcrypt hash so the "password hash in a response" flaw is realistic; never a real one. */
export function hashPassword(password, salt = randomBytes(8).toString('hex')) {
  const digest = createHash('sha256').update(`${salt}:${password}`).digest('base64').replace(/[+/=]/g, '').slice(0, 31);
  return { salt, hash: '$2b$10$' + salt.slice(0, 8) + digest.slice(0, 14) + digest };
}

export function checkPassword(user, password) {
  return hashPassword(password, user.salt).hash === user.passwordHash;
}

export const DEMO_USERS = [
  { id: 'usr_7Hq2acmeAlice', email: 'alice@acme.test', password: 'alice-Pass-2026', name: 'Alice Archer', role: 'member', tenantId: 'acme', phone: '+1-555-0101' },
  { id: 'usr_9Kd4acmeAdam', email: 'adam@acme.test', password: 'adam-Pass-2026', name: 'Adam Acme', role: 'admin', tenantId: 'acme', phone: '+1-555-0102' },
  { id: 'usr_3Lp8globexBob', email: 'bob@globex.test', password: 'bob-Pass-2026', name: 'Bob Brown', role: 'member', tenantId: 'globex', phone: '+1-555-0201' },
  { id: 'usr_5Mz1globexGina', email: 'gina@globex.test', password: 'gina-Pass-2026', name: 'Gina Globex', role: 'admin', tenantId: 'globex', phone: '+1-555-0202' },
  { id: 'usr_1Rt6platformRoot', email: 'root@demo-market.test', password: 'root-Pass-2026', name: 'Platform Root', role: 'platform', tenantId: null, phone: '+1-555-0000' },
];

export function seed() {
  const users = new Map();
  for (const u of DEMO_USERS) {
    const { salt, hash } = hashPassword(u.password);
    users.set(u.id, { id: u.id, email: u.email, name: u.name, role: u.role, tenantId: u.tenantId, phone: u.phone, salt, passwordHash: hash, avatarUrl: null, createdAt: '2026-01-05T10:00:00.000Z' });
  }
  const tenants = new Map([
    ['acme', { id: 'acme', name: 'Acme Corp', plan: 'business' }],
    ['globex', { id: 'globex', name: 'Globex Inc', plan: 'starter' }],
  ]);
  const products = new Map(
    [
      { id: 'prd_widget', name: 'Widget', price: 1200, currency: 'usd' },
      { id: 'prd_gadget', name: 'Gadget', price: 4900, currency: 'usd' },
      { id: 'prd_gizmo', name: 'Gizmo', price: 990, currency: 'usd' },
    ].map((p) => [p.id, p]),
  );
  const orders = new Map();
  const invoices = new Map();
  const add = (id, tenantId, ownerId, productId, quantity, invId, status = 'open') => {
    const p = products.get(productId);
    orders.set(id, { id, tenantId, ownerId, productId, quantity, total: p.price * quantity, currency: 'usd', status, refunded: false, createdAt: '2026-02-01T09:00:00.000Z' });
    invoices.set(invId, { id: invId, tenantId, orderId: id, amount: p.price * quantity, currency: 'usd', status: status === 'paid' ? 'paid' : 'due', billingEmail: tenantId === 'acme' ? 'billing@acme.test' : 'billing@globex.test', taxId: tenantId === 'acme' ? 'US-12-3456789' : 'DE-987654321', createdAt: '2026-02-01T09:00:00.000Z' });
  };
  add('ord_a81f3c', 'acme', 'usr_7Hq2acmeAlice', 'prd_widget', 3, 'inv_a9b2d1', 'paid');
  add('ord_a82e7d', 'acme', 'usr_9Kd4acmeAdam', 'prd_gadget', 1, 'inv_a9c4e8');
  add('ord_g55b1a', 'globex', 'usr_3Lp8globexBob', 'prd_gizmo', 10, 'inv_g7d3f2', 'paid');
  add('ord_g56c2b', 'globex', 'usr_5Mz1globexGina', 'prd_widget', 2, 'inv_g7e5a9');
  return { users, tenants, products, orders, invoices, resetTokens: new Map(), webhookEvents: new Set(), invites: [] };
}
