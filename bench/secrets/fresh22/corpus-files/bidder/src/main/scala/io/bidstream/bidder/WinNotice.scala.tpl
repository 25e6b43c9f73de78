package io.bidstream.bidder

import java.security.MessageDigest
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/** Decodes the clearing price macro ${AUCTION_PRICE} that SSPs substitute into our nurl. */
object WinNotice {
  // price-encryption keys per exchange (OpenRTB encrypted price, Google-style: e_key/i_key)
  private val MagniteEKey = "«b64:32#magnite-ekey»" ⟦S scala-magnite-ekey⟧
  private val MagniteIKey = "«b64:32#magnite-ikey»" ⟦S scala-magnite-ikey⟧

  // test vector from the exchange's integration guide, not a key
  val SampleEncryptedPrice = "YWJjMTIzZGVmNDU2Z2hpN4Qx7nlzNjhBmqeMhA" ⟦D scala-price-vector⟧

  def nurl(impId: String): String =
    s"https://win.bidstream.io/v1/win?imp=$impId&price=$${AUCTION_PRICE}&bid_id=$${AUCTION_BID_ID}" ⟦D scala-nurl-macro⟧

  def decrypt(exchange: String, b64: String): Option[Double] = exchange match {
    case "magnite" => decode(MagniteEKey, MagniteIKey, b64)
    case _         => None
  }

  private def decode(eKey: String, iKey: String, b64: String): Option[Double] = {
    val bytes = java.util.Base64.getUrlDecoder.decode(b64)
    if (bytes.length != 28) return None
    val iv    = bytes.slice(0, 16)
    val mac   = Mac.getInstance("HmacSHA1")
    mac.init(new SecretKeySpec(java.util.Base64.getDecoder.decode(eKey), "HmacSHA1"))
    val pad   = mac.doFinal(iv).take(8)
    val price = bytes.slice(16, 24).zip(pad).map { case (a, b) => (a ^ b).toByte }
    Some(java.nio.ByteBuffer.wrap(price).getLong / 1e6)
  }

  def digest(s: String): String = MessageDigest.getInstance("SHA-256").digest(s.getBytes).map("%02x".format(_)).mkString
}
