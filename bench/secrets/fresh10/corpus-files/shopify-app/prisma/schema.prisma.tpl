generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL") ⟦D pr-url⟧
}

model Session {
  id            String    @id
  shop          String
  state         String
  isOnline      Boolean   @default(false)
  scope         String?
  expires       DateTime?
  accessToken   String ⟦D pr-token-field⟧
  userId        BigInt?
  firstName     String?
  lastName      String?
  email         String?
  accountOwner  Boolean   @default(false)
  locale        String?
  collaborator  Boolean?  @default(false)
  emailVerified Boolean?  @default(false)
}

model LoyaltyLedger {
  id        Int      @id @default(autoincrement())
  shop      String
  customer  String
  orderId   String?
  points    Int
  reason    String
  createdAt DateTime @default(now())

  @@index([shop, customer])
}
