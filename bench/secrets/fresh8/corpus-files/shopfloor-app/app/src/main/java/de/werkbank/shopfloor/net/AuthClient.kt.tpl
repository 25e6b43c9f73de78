package de.werkbank.shopfloor.net

import de.werkbank.shopfloor.BuildConfig
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

/**
 * Die Tablets sind Gemeinschaftsgeräte ohne Browser-Login: Anmeldung mit Personalnummer + PIN über den
 * Keycloak-Client "shopfloor-tablet" (Resource Owner Password Grant, vertraulicher Client).
 */
object AuthClient {
    private const val TOKEN_URL = "https://sso.werkbank.local/realms/werkbank/protocol/openid-connect/token"
    private const val CLIENT_SECRET = "«alnum:32#kc-shopfloor»"   ⟦S kt-client-secret⟧

    private val http = OkHttpClient()

    fun login(personalnummer: String, pin: String): String {
        val body = FormBody.Builder()
            .add("grant_type", "password")
            .add("client_id", BuildConfig.KEYCLOAK_CLIENT_ID)
            .add("client_secret", CLIENT_SECRET)
            .add("username", personalnummer)
            .add("password", pin)   ⟦D kt-password-param⟧
            .build()
        val req = Request.Builder().url(TOKEN_URL).post(body).build()
        http.newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "Keycloak: ${resp.code}" }
            return JSONObject(resp.body!!.string()).getString("access_token")
        }
    }
}
