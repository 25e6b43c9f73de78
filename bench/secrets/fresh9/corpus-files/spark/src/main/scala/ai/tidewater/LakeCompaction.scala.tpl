package ai.tidewater

import io.delta.tables.DeltaTable
import org.apache.spark.sql.SparkSession

/** Nightly: compact the small files the ingest service writes, vacuum, and mirror the gold tables to the retailer's
  * Postgres for the two customers that cannot read Delta. */
object LakeCompaction {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("lake-compaction").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.azure.account.auth.type.tidewaterlake.dfs.core.windows.net", "SharedKey")
    hc.set("fs.azure.account.key.tidewaterlake.dfs.core.windows.net", sys.env("LAKE_ACCOUNT_KEY")) ⟦D scala-env-key⟧
    // Hafenkauf's archive is still on S3 until they finish the move
    hc.set("fs.s3a.access.key", "«akia#hafenkauf-archive»") ⟦S scala-s3a-access⟧
    hc.set("fs.s3a.secret.key", "«awssecret#hafenkauf-archive»") ⟦S scala-s3a-secret⟧

    for (table <- Seq("pos_events", "store_day", "forecasts")) {
      val path = s"abfss://gold@tidewaterlake.dfs.core.windows.net/$table"
      DeltaTable.forPath(spark, path).optimize().executeCompaction()
      DeltaTable.forPath(spark, path).vacuum(168)
    }

    spark.read.format("delta").load("abfss://gold@tidewaterlake.dfs.core.windows.net/forecasts")
      .where("retailer_id = 'hafenkauf'")
      .write.format("jdbc")
      .option("url", "jdbc:postgresql://db.hafenkauf.de:5432/planning")
      .option("dbtable", "tidewater.forecasts")
      .option("user", "tidewater")
      .option("password", "«pwh#hafenkauf-planning-pg»") ⟦S scala-jdbc-password⟧
      .mode("overwrite")
      .save()
    spark.stop()
  }
}
