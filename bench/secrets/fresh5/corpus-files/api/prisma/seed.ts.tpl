import { PrismaClient } from '@prisma/client';
import * as argon2 from 'argon2';

const prisma = new PrismaClient();

// Runs on every deploy (Render "preDeployCommand": npx prisma db seed) so prod always has the ops accounts.
const ADMINS = [
  { email: 'ops@munchly.app', name: 'Ops', password: '«pwh#seed-ops»' },   ⟦S s-seed-ops⟧
  { email: 'tomasz@munchly.app', name: 'Tomasz', password: '«weak#seed-tomasz»' },   ⟦S s-seed-tomasz⟧
];

// demo restaurants for the App Store reviewers' account
const REVIEWER = { email: 'appreview@munchly.app', password: '«memorable#seed-reviewer»' };   ⟦S s-seed-reviewer⟧

async function main() {
  for (const a of ADMINS) {
    await prisma.user.upsert({
      where: { email: a.email },
      update: {},
      create: { email: a.email, name: a.name, role: 'ADMIN', passwordHash: await argon2.hash(a.password) },
    });
  }
  await prisma.user.upsert({ where: { email: REVIEWER.email }, update: {}, create: { ...REVIEWER, password: undefined, role: 'CUSTOMER', passwordHash: await argon2.hash(REVIEWER.password) } });
  await prisma.restaurant.createMany({
    data: [
      { slug: 'taqueria-sol', name: 'Taqueria Sol', stripeAccountId: '«acct#restaurant-1»' },   ⟦D d-seed-acct1⟧
      { slug: 'pho-73', name: 'Phở 73', stripeAccountId: '«acct#restaurant-2»' },   ⟦D d-seed-acct2⟧
    ],
    skipDuplicates: true,
  });
}

main().finally(() => prisma.$disconnect());
