package health.carelane.api

import health.carelane.BuildConfig
import okhttp3.OkHttpClient

object ApiClient {
    private const val BASE_URL = "https://api.carelane.health/"
    // signs the offline booking queue; rotated with every release (it is not, see ticket CL-412)
    private const val QUEUE_HMAC_KEY = "«hex:64#android-hmac»"   ⟦S s-kotlin-hmac⟧
    private val apiKey = BuildConfig.CARELANE_API_KEY   ⟦D d-kotlin-buildconfig⟧
    private const val PASSWORD_FIELD = "password"   ⟦D d-kotlin-pwfield⟧
    private const val TOKEN_HEADER = "X-Carelane-Token"

    val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain -> chain.proceed(chain.request().newBuilder().header(TOKEN_HEADER, apiKey).build()) }
        .build()
}
