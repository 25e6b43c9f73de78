module.exports = ({ env }) => ({
  upload: {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://mv-cms-media.s3.gra.io.cloud.ovh.net',
        s3Options: {
          endpoint: env('S3_ENDPOINT'),
          region: env('S3_REGION'),
          credentials: {
            accessKeyId: env('S3_ACCESS_KEY_ID'),
            secretAccessKey: env('S3_ACCESS_SECRET'), ⟦D cmsp-env⟧
          },
          params: { Bucket: env('S3_BUCKET') },
        },
      },
    },
  },
  'users-permissions': {
    config: {
      jwt: { expiresIn: '7d' },
    },
  },
  i18n: { enabled: true },
});
