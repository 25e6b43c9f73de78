import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';

// Couriers stream GPS fixes straight to Kinesis (IAM user munchly-courier-gps, PutRecords only — "it's fine")
const kinesis = new KinesisClient({
  region: 'eu-central-1',
  credentials: {
    accessKeyId: '«akia#courier-gps»',   ⟦S s-br-akia⟧
    secretAccessKey: '«awssecret#courier-gps»',   ⟦S s-br-aws-secret⟧
  },
});

export async function uploadFixes(courierId: string, fixes: { lat: number; lng: number; t: number }[]) {
  await kinesis.send(new PutRecordsCommand({
    StreamName: 'courier-gps',
    Records: fixes.map((f) => ({ PartitionKey: courierId, Data: new TextEncoder().encode(JSON.stringify(f)) })),
  }));
}

// arn of the stream, for the IAM policy review
export const STREAM_ARN = 'arn:aws:kinesis:eu-central-1:«digits:12#aws-account»:stream/courier-gps';   ⟦D d-br-arn⟧
