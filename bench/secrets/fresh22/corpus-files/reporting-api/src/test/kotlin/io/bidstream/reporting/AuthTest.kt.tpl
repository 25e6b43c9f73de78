package io.bidstream.reporting

import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.server.testing.*
import kotlin.test.Test
import kotlin.test.assertEquals

class AuthTest {
    // signed with the test config's secret below; not valid anywhere else
    private val testSecret = "test-secret-do-not-use" ⟦D kt-test-secret⟧

    @Test
    fun `rejects missing token`() = testApplication {
        environment { config = MapApplicationConfig("jwt.secret" to testSecret, "jwt.issuer" to "test") }
        assertEquals(HttpStatusCode.Unauthorized, client.get("/reports/spend").status)
    }

    @Test
    fun `rejects bearer placeholder`() = testApplication {
        environment { config = MapApplicationConfig("jwt.secret" to testSecret, "jwt.issuer" to "test") }
        val res = client.get("/reports/spend") { header(HttpHeaders.Authorization, "Bearer <token>") } ⟦D kt-test-bearer⟧
        assertEquals(HttpStatusCode.Unauthorized, res.status)
    }

    @Test
    fun `request id is echoed`() = testApplication {
        val res = client.get("/health") { header("X-Request-Id", "«uuid#kt-reqid»") } ⟦D kt-test-reqid⟧
        assertEquals(HttpStatusCode.OK, res.status)
    }
}
