package io.bidstream.partners.openx

import com.typesafe.config.ConfigFactory

object OpenxSync extends App {
  private val cfg = ConfigFactory.load("openx.conf").getConfig("openx")
  private val consumerSecret = cfg.getString("oauth.consumer-secret") ⟦D openx-getstring⟧
  // OAuth 1.0a: the signature base string includes a nonce; the one below is the sample from OpenX's docs
  val docNonce = "«hex:32#openx-nonce»" ⟦D openx-doc-nonce⟧
  println(s"openx sync for seat ${cfg.getString("seat-id")}")
}
