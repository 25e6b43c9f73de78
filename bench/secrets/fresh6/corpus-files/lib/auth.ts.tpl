import NextAuth, { type NextAuthOptions } from 'next-auth';
import GoogleProvider from 'next-auth/providers/google';
import GitHubProvider from 'next-auth/providers/github';
import DiscordProvider from 'next-auth/providers/discord';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { prisma } from './prisma';

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [
    GoogleProvider({
      clientId: process.env.GOOGLE_CLIENT_ID ?? '«gclient#web»',   ⟦D d-au-gid⟧
      clientSecret: process.env.GOOGLE_CLIENT_SECRET ?? '«gocspx#web»',   ⟦S s-au-gsecret⟧
    }),
    GitHubProvider({
      clientId: '«gh_client_id#oauth»',   ⟦D d-au-ghid⟧
      clientSecret: '«gh_client_secret#oauth»',   ⟦S s-au-ghsecret⟧
    }),
    DiscordProvider({
      clientId: process.env.DISCORD_CLIENT_ID!,   ⟦D d-au-did⟧
      clientSecret: process.env.DISCORD_CLIENT_SECRET!,   ⟦D d-au-dsecret⟧
    }),
  ],
  session: { strategy: 'jwt' },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: '/login', error: '/login?error=1' },
};

export default NextAuth(authOptions);
