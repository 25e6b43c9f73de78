import { OAuth2Client } from 'google-auth-library';

export const GOOGLE_WEB_CLIENT_ID = '«gclient#login-web»';   ⟦D d-google-clientid⟧
const GOOGLE_WEB_CLIENT_SECRET = process.env.GOOGLE_CLIENT_SECRET ?? '«gocspx#login-web»';   ⟦S s-google-secret⟧

export const googleClient = new OAuth2Client(GOOGLE_WEB_CLIENT_ID, GOOGLE_WEB_CLIENT_SECRET, 'https://api.munchly.app/auth/google/callback');
export const IOS_CLIENT_ID = '«gclient#login-ios»';   ⟦D d-google-ios⟧
