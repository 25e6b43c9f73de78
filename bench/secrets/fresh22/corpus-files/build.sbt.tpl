ThisBuild / organization := "io.bidstream"
ThisBuild / scalaVersion := "2.13.12"
ThisBuild / version      := "0.9.0-SNAPSHOT"

val akkaVersion     = "2.6.20"
val akkaHttpVersion = "10.2.10"
val flinkVersion    = "1.17.2"

ThisBuild / resolvers ++= Seq(
  "bidstream-releases" at "https://nexus.bidstream.io/repository/maven-releases/",
  "bidstream-snapshots" at "https://nexus.bidstream.io/repository/maven-snapshots/",
  "confluent" at "https://packages.confluent.io/maven/"
)

ThisBuild / credentials += Credentials(Path.userHome / ".sbt" / ".credentials")

lazy val proto = (project in file("proto"))
  .enablePlugins(AkkaGrpcPlugin)

lazy val bidder = (project in file("bidder"))
  .dependsOn(proto)
  .settings(
    libraryDependencies ++= Seq(
      "com.typesafe.akka"     %% "akka-actor-typed"     % akkaVersion,
      "com.typesafe.akka"     %% "akka-stream"          % akkaVersion,
      "com.typesafe.akka"     %% "akka-http"            % akkaHttpVersion,
      "com.aerospike"          % "aerospike-client"     % "7.2.0",
      "org.apache.kafka"       % "kafka-clients"        % "3.6.1",
      "com.datastax.oss"       % "java-driver-core"     % "4.17.0",
      "io.prometheus"          % "simpleclient_hotspot" % "0.16.0",
      "org.scalatest"         %% "scalatest"            % "3.2.17" % Test
    )
  )

lazy val flinkJobs = (project in file("flink-jobs"))
  .settings(
    libraryDependencies ++= Seq(
      "org.apache.flink" %% "flink-streaming-scala" % flinkVersion % Provided,
      "org.apache.flink"  % "flink-connector-kafka" % "3.0.2-1.17"
    )
  )

lazy val sparkBatch = (project in file("spark-batch"))
  .settings(
    libraryDependencies ++= Seq(
      "org.apache.spark" %% "spark-sql"   % "3.5.0" % Provided,
      "org.apache.hadoop"  % "hadoop-aws" % "3.3.4",
      "com.clickhouse"     % "clickhouse-jdbc" % "0.6.0"
    )
  )
