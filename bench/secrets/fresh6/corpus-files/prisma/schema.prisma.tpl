generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider  = "postgresql"
  url       = env("DATABASE_URL")   ⟦D d-pr-url⟧
  directUrl = env("DIRECT_URL")
}

model User {
  id            String        @id @default(cuid())
  email         String        @unique
  name          String?
  passwordHash  String?
  drafts        Draft[]
  subscription  Subscription?
}

model Draft {
  id        String   @id @default(cuid())
  userId    String
  title     String
  body      String
  createdAt DateTime @default(now())
  user      User     @relation(fields: [userId], references: [id])
}

model Subscription {
  id               String @id @default(cuid())
  userId           String @unique
  stripeCustomerId String
  status           String
  user             User   @relation(fields: [userId], references: [id])
}
