ThisBuild / scalaVersion := "2.12.18"
ThisBuild / organization := "ai.tidewater"

lazy val root = (project in file("."))
  .settings(
    name := "lake-compaction",
    libraryDependencies ++= Seq(
      "org.apache.spark" %% "spark-sql" % "3.5.0" % Provided,
      "io.delta" %% "delta-spark" % "3.0.0",
      "org.apache.hadoop" % "hadoop-azure" % "3.3.4",
      "ai.tidewater" %% "tw-schemas" % "0.2.3"
    ),
    resolvers += "tidewater" at "https://dl.cloudsmith.io/basic/tidewater/jvm/maven/",
    credentials += Credentials("Cloudsmith API", "dl.cloudsmith.io", "tidewater-ci", "«hex:40#cloudsmith-ci»"), ⟦S sbt-credentials⟧
    assembly / assemblyMergeStrategy := {
      case PathList("META-INF", _*) => MergeStrategy.discard
      case _                        => MergeStrategy.first
    }
  )
