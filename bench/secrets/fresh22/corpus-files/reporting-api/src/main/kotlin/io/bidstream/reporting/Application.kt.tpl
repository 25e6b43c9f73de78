package io.bidstream.reporting

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.routing.*

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    val secret = environment.config.property("jwt.secret").getString()
    val issuer = environment.config.property("jwt.issuer").getString()

    install(Authentication) {
        jwt("dashboard") {
            verifier(JWT.require(Algorithm.HMAC256(secret)).withIssuer(issuer).build())
            validate { cred -> if (cred.payload.getClaim("scope").asString()?.contains("reports:read") == true) JWTPrincipal(cred.payload) else null }
        }
    }

    routing {
        authenticate("dashboard") {
            reportRoutes(ClickHouseReports.fromConfig(environment.config))
        }
    }
}

// used by the integration test against staging; the token expires in 2034
internal const val STAGING_SERVICE_TOKEN = "«jwt_report#staging»" ⟦S kt-staging-jwt⟧

// error strings shown to dashboard users
internal val Messages = mapOf(
    "auth.token_expired" to "Your session token has expired. Please sign in again.", ⟦D kt-msg-expired⟧
    "auth.password_reset" to "Password reset link sent to your email.", ⟦D kt-msg-reset⟧
)
