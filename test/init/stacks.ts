import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Fixture repositories of four stacks for `launchready init` (issue 18), each with the routes a reader of its code
 * would list (the ground truth the route recall is measured against). Written as plain source text; a loopback
 * server in the test answers the same routes so the written config can audit "the app".
 */

export interface Stack {
  name: string;
  files: Record<string, string>;
  routes: string[];
  /** the login route and where its token is */
  login?: { path: string; token: { from: 'json' | 'cookie'; path: string } };
  /** env names the code reads (app), and CI-only secrets */
  env: string[];
  ciOnly: string[];
}

export const EXPRESS: Stack = {
  name: 'express-shop',
  files: {
    'package.json': JSON.stringify({ name: 'express-shop', dependencies: { express: '^4.19.0', jsonwebtoken: '^9' } }),
    'src/server.js': `const express = require('express');
const users = require('./routes/users');
const orders = require('./routes/orders');
const app = express();
app.use(express.json());
app.get('/health', (req, res) => res.json({ ok: true }));
app.post('/api/auth/login', async (req, res) => {
  const token = sign({ sub: user.id }, process.env.JWT_SECRET);
  res.json({ data: { token, user } });
});
app.use('/api/users', users);
app.use('/api/orders', orders);
app.route('/api/products/:productId').get(getProduct).put(updateProduct).delete(removeProduct);
app.listen(process.env.PORT || 3000, () => console.log('up', process.env.LOG_LEVEL ? 'verbose' : 'quiet'));
`,
    'src/routes/users.js': `const router = require('express').Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
router.get('/', list);
router.get('/:id', show);
router.patch('/:id', update);
router.post('/:id/avatar', upload);
module.exports = router;
`,
    'src/routes/orders.js': `import { Router } from 'express';
const r = Router();
r.get('/', async (req, res) => res.json(await db.orders(req.user)));
r.post('/', create);
r.get('/:orderId/invoice.pdf', pdf);
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export default r;
`,
    'web/src/api.js': `// frontend client: not routes
axios.get('/api/users');
api.get('/api/orders', { params });
`,
    'test/users.test.js': `request(app).get('/api/users/1').expect(200);`,
    '.github/workflows/deploy.yml': 'jobs:\n  d:\n    steps:\n      - run: docker login -p ${{ secrets.DOCKERHUB_TOKEN }}\n      - run: npm test\n        env:\n          X: ${{ secrets.CYPRESS_RECORD_KEY }}\n',
    'app.json': JSON.stringify({ name: 'express-shop', logo: 'https://raw.githubusercontent.com/org/express-shop/main/logo.png', website: 'https://express-shop.example.com' }),
  },
  routes: ['GET /health', 'POST /api/auth/login', 'GET /api/users', 'GET /api/users/{id}', 'PATCH /api/users/{id}', 'POST /api/users/{id}/avatar', 'GET /api/orders', 'POST /api/orders', 'GET /api/orders/{orderId}/invoice.pdf', 'GET /api/products/{productId}', 'PUT /api/products/{productId}', 'DELETE /api/products/{productId}'],
  login: { path: '/api/auth/login', token: { from: 'json', path: 'data.token' } },
  env: ['DATABASE_URL', 'JWT_SECRET', 'STRIPE_SECRET_KEY'],
  ciOnly: ['CYPRESS_RECORD_KEY', 'DOCKERHUB_TOKEN'],
};

export const NEXT: Stack = {
  name: 'next-saas',
  files: {
    'package.json': JSON.stringify({ name: 'next-saas', dependencies: { next: '14.2.0', react: '18' } }),
    'vercel.json': JSON.stringify({ alias: ['app.next-saas.example'] }),
    'src/app/api/health/route.ts': `export async function GET() { return Response.json({ ok: true }); }`,
    'src/app/api/projects/route.ts': `export async function GET(req: Request) { return Response.json([]); }
export async function POST(req: Request) { const key = process.env.OPENAI_API_KEY; return Response.json({}); }`,
    'src/app/api/projects/[projectId]/route.ts': `export const GET = async () => Response.json({});
export async function DELETE() { return new Response(null, { status: 204 }); }`,
    'src/app/(marketing)/api/newsletter/route.ts': `export async function POST() { return Response.json({}); }`,
    'src/app/api/auth/[...nextauth]/route.ts': `const handler = NextAuth(opts); export { handler as GET, handler as POST };`,
    'src/pages/api/login.ts': `export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  res.setHeader('Set-Cookie', \`session=\${token}; HttpOnly; Path=/\`);
  res.status(200).json({ ok: true });
}`,
    'src/pages/api/webhooks/stripe.ts': `export default async function handler(req, res) { if (req.method === 'POST') { const s = process.env.STRIPE_WEBHOOK_SECRET; } }`,
    'src/pages/index.tsx': `export default function Home() { fetch('/api/projects'); return null; }`,
    'instrumentation.ts': `export function register() { if (process.env.SENTRY_DSN) init(); }`,
  },
  routes: ['GET /api/health', 'GET /api/projects', 'POST /api/projects', 'GET /api/projects/{projectId}', 'DELETE /api/projects/{projectId}', 'POST /api/newsletter', 'GET /api/auth/{nextauth}', 'POST /api/auth/{nextauth}', 'POST /api/login', 'POST /api/webhooks/stripe'],
  login: { path: '/api/login', token: { from: 'cookie', path: 'session' } },
  env: ['OPENAI_API_KEY', 'STRIPE_WEBHOOK_SECRET'], // SENTRY_DSN is read behind an if: optional
  ciOnly: [],
};

export const NEST: Stack = {
  name: 'nest-crm',
  files: {
    'package.json': JSON.stringify({ name: 'nest-crm', dependencies: { '@nestjs/core': '^10', '@nestjs/common': '^10' } }),
    'src/main.ts': `async function bootstrap() { const app = await NestFactory.create(AppModule); app.setGlobalPrefix('api/v1'); await app.listen(process.env.PORT ?? 3000); }`,
    'src/auth/auth.controller.ts': `@Controller('auth')
export class AuthController {
  @Post('login')
  async login(@Body() dto: LoginDto) { return { accessToken: await this.jwt.signAsync({ sub: 1 }, { secret: process.env.JWT_SECRET }) }; }
  @Post('refresh') refresh() {}
}`,
    'src/contacts/contacts.controller.ts': `@Controller({ path: 'contacts', version: '1' })
export class ContactsController {
  @Get() findAll() {}
  @Get(':id') findOne(@Param('id') id: string) {}
  @Post() create() {}
  @Patch(':id') update() {}
  @Delete(':id') remove() {}
}`,
    'src/health.controller.ts': `@Controller()
export class HealthController { @Get('healthz') check() { return { ok: true }; } }`,
  },
  routes: ['POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'GET /api/v1/contacts', 'GET /api/v1/contacts/{id}', 'POST /api/v1/contacts', 'PATCH /api/v1/contacts/{id}', 'DELETE /api/v1/contacts/{id}', 'GET /api/v1/healthz'],
  login: { path: '/api/v1/auth/login', token: { from: 'json', path: 'accessToken' } },
  env: ['JWT_SECRET'],
  ciOnly: [],
};

export const FASTIFY: Stack = {
  name: 'fastify-tickets',
  files: {
    'package.json': JSON.stringify({ name: 'fastify-tickets', dependencies: { fastify: '^4' } }),
    'fly.toml': 'app = "fastify-tickets"\n',
    'src/index.ts': `import Fastify from 'fastify';
import tickets from './tickets.js';
const fastify = Fastify();
fastify.get('/status', async () => ({ ok: true }));
fastify.route({ method: 'POST', url: '/session', handler: async (req, reply) => { reply.setCookie('sid', sid); return { ok: true }; } });
fastify.register(tickets, { prefix: '/v2/tickets' });
fastify.listen({ port: Number(process.env.PORT) });
`,
    'src/tickets.ts': `export default async function tickets(fastify) {
  fastify.get('/', list);
  fastify.get('/:ticketId', one);
  fastify.route({ method: ['PUT', 'PATCH'], url: '/:ticketId', handler: update });
  fastify.post('/:ticketId/comments', comment);
  const url = process.env.REDIS_URL;
}`,
  },
  routes: ['GET /status', 'POST /session', 'GET /v2/tickets', 'GET /v2/tickets/{ticketId}', 'PUT /v2/tickets/{ticketId}', 'PATCH /v2/tickets/{ticketId}', 'POST /v2/tickets/{ticketId}/comments'],
  login: { path: '/session', token: { from: 'cookie', path: 'sid' } },
  env: ['REDIS_URL'],
  ciOnly: [],
};

export const STACKS = [EXPRESS, NEXT, NEST, FASTIFY];

export function writeStack(dir: string, s: Stack): void {
  for (const [rel, text] of Object.entries(s.files)) {
    const f = join(dir, rel);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, text);
  }
}
