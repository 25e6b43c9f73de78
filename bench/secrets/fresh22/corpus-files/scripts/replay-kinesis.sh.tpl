#!/usr/bin/env bash
# Replays an hour of bid requests from the Kinesis archive stream into the staging bidder for load tests.
set -euo pipefail

STREAM=${STREAM:-bidstream-bidrequests-archive}
HOUR=${1:?usage: replay-kinesis.sh 2024-04-02T13}

export AWS_ACCESS_KEY_ID=«akia#kinesis» ⟦S kinesis-akid⟧
export AWS_SECRET_ACCESS_KEY=«aws_secret#kinesis» ⟦S kinesis-secret⟧
export AWS_DEFAULT_REGION=eu-west-1

SHARD_IT=$(aws kinesis get-shard-iterator --stream-name "$STREAM" --shard-id shardId-000000000000 \
  --shard-iterator-type AT_TIMESTAMP --timestamp "${HOUR}:00:00Z" --query ShardIterator --output text)

while [ -n "$SHARD_IT" ]; do
  OUT=$(aws kinesis get-records --shard-iterator "$SHARD_IT" --limit 1000)
  echo "$OUT" | jq -r '.Records[].Data' | base64 -d | \
    parallel -j 16 curl -s -o /dev/null -H 'Content-Type: application/json' \
      -H "x-openrtb-version: 2.6" -d {} https://bidder.staging.bidstream.io/openrtb2/bid
  SHARD_IT=$(echo "$OUT" | jq -r '.NextShardIterator // empty')
done
