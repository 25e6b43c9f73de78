sbt.version=1.9.8
