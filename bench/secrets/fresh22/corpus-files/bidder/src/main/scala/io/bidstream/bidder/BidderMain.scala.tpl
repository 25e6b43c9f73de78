package io.bidstream.bidder

import akka.actor.typed.ActorSystem
import akka.actor.typed.scaladsl.Behaviors
import akka.http.scaladsl.Http
import com.typesafe.config.ConfigFactory

object BidderMain extends App {
  private val config = ConfigFactory.load().getConfig("bidstream.bidder")

  implicit val system: ActorSystem[Nothing] = ActorSystem(Behaviors.empty, "bidder")

  private val freqCap = FrequencyCap.fromConfig(config.getConfig("aerospike"))
  private val routes  = new BidRoutes(freqCap, tmaxMs = config.getInt("http.tmax-ms")).routes

  Http()
    .newServerAt(config.getString("http.interface"), config.getInt("http.port"))
    .bind(routes)

  // the password comes from the config (AEROSPIKE_PASSWORD in k8s); never log it
  private val passwordKey = "aerospike.password" ⟦D scala-pwkey⟧
  system.log.info(s"bidder up, freq-cap namespace ${config.getString("aerospike.namespace")}, $passwordKey set=${config.hasPath(passwordKey)}")
}
