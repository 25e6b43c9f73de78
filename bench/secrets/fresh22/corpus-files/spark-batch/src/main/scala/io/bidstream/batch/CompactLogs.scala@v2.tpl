package io.bidstream.batch

import org.apache.spark.sql.{SaveMode, SparkSession}

/** Nightly: reads yesterday's raw bid logs from S3 (JSON lines), dedups by auction id, loads ClickHouse. */
object CompactLogs {
  def main(args: Array[String]): Unit = {
    val day = args.headOption.getOrElse(java.time.LocalDate.now().minusDays(1).toString)

    // S3 access through the EMR instance profile; no keys in code any more
    val spark = SparkSession.builder()
      .appName(s"compact-logs-$day")
      .config("spark.hadoop.fs.s3a.aws.credentials.provider", "com.amazonaws.auth.InstanceProfileCredentialsProvider")
      .config("spark.hadoop.fs.s3a.endpoint", "s3.eu-west-1.amazonaws.com")
      .getOrCreate()

    val raw = spark.read.json(s"s3a://bidstream-raw-logs/bids/dt=$day/")
    val deduped = raw.dropDuplicates("auction_id")

    deduped.write
      .mode(SaveMode.Append)
      .format("jdbc")
      .option("url", "jdbc:clickhouse://clickhouse.bidstream.internal:8123/reports")
      .option("dbtable", "impressions")
      .option("user", "spark_loader")
      .option("password", sys.env.getOrElse("CLICKHOUSE_PASSWORD", "")) ⟦D spark-ch-env⟧
      .save()

    spark.stop()
  }
}
