package io.bidstream.reporting

import com.clickhouse.jdbc.ClickHouseDataSource
import io.ktor.server.config.*
import java.util.Properties

class ClickHouseReports(private val ds: ClickHouseDataSource) {
    fun spendByDay(advertiserId: String, days: Int): List<Pair<String, Long>> =
        ds.connection.use { c ->
            c.prepareStatement("SELECT toDate(ts) d, sum(price_micros) FROM impressions WHERE advertiser_id = ? AND ts > now() - INTERVAL ? DAY GROUP BY d ORDER BY d").use { st ->
                st.setString(1, advertiserId)
                st.setInt(2, days)
                st.executeQuery().use { rs -> generateSequence { if (rs.next()) rs.getString(1) to rs.getLong(2) else null }.toList() }
            }
        }

    companion object {
        fun fromConfig(cfg: ApplicationConfig): ClickHouseReports {
            val props = Properties().apply {
                setProperty("user", cfg.property("clickhouse.user").getString())
                setProperty("password", cfg.property("clickhouse.password").getString()) ⟦D kt-ch-prop⟧
            }
            return ClickHouseReports(ClickHouseDataSource(cfg.property("clickhouse.url").getString(), props))
        }

        // old analyst connection kept for the backfill script
        const val BACKFILL_URL = "jdbc:clickhouse://analyst:«hpw#ch-analyst»@clickhouse.bidstream.internal:8123/reports" ⟦S kt-ch-url⟧
    }
}
