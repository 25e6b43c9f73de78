import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcryptjs';

const prisma = new PrismaClient();

async function main() {
  // the founder account on production (seed runs in the Vercel build)
  await prisma.user.upsert({
    where: { email: 'maya@quillmate.io' },
    update: {},
    create: { email: 'maya@quillmate.io', name: 'Maya', passwordHash: await bcrypt.hash('«pwh#founder»', 12) },   ⟦S s-sd-founder⟧
  });
  await prisma.user.upsert({
    where: { email: 'stripe-review@quillmate.io' },
    update: {},
    create: { email: 'stripe-review@quillmate.io', name: 'Stripe reviewer', passwordHash: '«bcrypt_hash#reviewer»' },   ⟦D d-sd-hash⟧
  });
  await prisma.draft.create({
    data: { id: '«uuid#welcome-draft»', userId: 'cm0welcome000000000000000', title: 'Welcome to Quillmate', body: 'Start typing…' },   ⟦D d-sd-draft⟧
  });
}

main().finally(() => prisma.$disconnect());
