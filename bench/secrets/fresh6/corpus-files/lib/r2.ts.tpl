import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const ACCOUNT_ID = '«cf_account#main»';   ⟦D d-r2-acct⟧

export const r2 = new S3Client({
  region: 'auto',
  endpoint: `https://${ACCOUNT_ID}.r2.cloudflarestorage.com`,
  credentials: {
    accessKeyId: process.env.R2_ACCESS_KEY_ID ?? '«r2_id#lib»',   ⟦S s-r2-id⟧
    secretAccessKey: process.env.R2_SECRET_ACCESS_KEY ?? '«r2_secret#lib»',   ⟦S s-r2-secret⟧
  },
});

export async function uploadUrl(key: string, contentType: string) {
  return getSignedUrl(r2, new PutObjectCommand({ Bucket: 'quillmate-uploads', Key: key, ContentType: contentType }), { expiresIn: 600 });
}
