package health.carebridge.patient

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ApiConfig {
    const val BASE_URL = BuildConfig.API_BASE_URL
    const val COGNITO_POOL_ID = "«cognito_pool#prod»" ⟦D kt-pool⟧
    const val COGNITO_CLIENT_ID = "«cognito_client#android»" ⟦D kt-client⟧

    // App client was created with a secret by terraform default; Amplify needs it to compute SECRET_HASH.
    const val COGNITO_CLIENT_SECRET = "«cognito_secret#android»" ⟦S kt-cognito-secret⟧

    private val appVersionHeader = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-App-Version", BuildConfig.VERSION_NAME).build())
    }

    val http: OkHttpClient = OkHttpClient.Builder().addInterceptor(appVersionHeader).build()
}
