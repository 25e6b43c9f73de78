package io.bidstream.flink

import org.apache.flink.connector.kafka.source.KafkaSource
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer
import org.apache.flink.api.common.serialization.SimpleStringSchema
import org.apache.flink.streaming.api.scala._

/** Joins bids.v2 with wins.v2 within 10 minutes and writes win rates per line item. */
object WinLossJoin {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    val params = org.apache.flink.api.java.utils.ParameterTool.fromArgs(args)

    val jaas =
      "org.apache.kafka.common.security.plain.PlainLoginModule required " +
        s"""username="${params.get("kafka.key", "«ccloud_key#flink»")}" """ + ⟦S flink-key-default⟧
        s"""password="${params.get("kafka.secret", "«ccloud_secret#flink»")}";""" ⟦S flink-secret-default⟧

    val source = KafkaSource.builder[String]()
      .setBootstrapServers(params.get("kafka.bootstrap", "pkc-4nym6.eu-west-1.aws.confluent.cloud:9092"))
      .setTopics("bids.v2", "wins.v2")
      .setGroupId("flink-winloss")
      .setProperty("security.protocol", "SASL_SSL")
      .setProperty("sasl.mechanism", "PLAIN")
      .setProperty("sasl.jaas.config", jaas)
      .setStartingOffsets(OffsetsInitializer.committedOffsets())
      .setValueOnlyDeserializer(new SimpleStringSchema())
      .build()

    env.fromSource(source, org.apache.flink.api.common.eventtime.WatermarkStrategy.noWatermarks(), "kafka")
      .map(BidEvent.parse _)
      .keyBy(_.auctionId)
      .process(new WinLossFunction)
      .name("win-loss")

    env.execute("win-loss-join")
  }
}
