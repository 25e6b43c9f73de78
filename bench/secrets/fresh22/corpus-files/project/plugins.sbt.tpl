addSbtPlugin("com.lightbend.akka.grpc" % "sbt-akka-grpc"       % "2.1.6")
addSbtPlugin("com.eed3si9n"            % "sbt-assembly"        % "2.1.5")
addSbtPlugin("com.github.sbt"          % "sbt-native-packager" % "1.9.16")
addSbtPlugin("org.scalameta"           % "sbt-scalafmt"        % "2.5.2")
