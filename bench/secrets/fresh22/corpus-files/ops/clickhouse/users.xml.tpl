<clickhouse>
  <users>
    <reporting>
      <password_sha256_hex>«sha256#ch-reporting»</password_sha256_hex> ⟦D ch-sha256⟧
      <networks><ip>10.40.0.0/16</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </reporting>
    <spark_loader>
      <password>«pw#ch-spark»</password> ⟦S ch-spark-pw⟧
      <networks><ip>10.40.0.0/16</ip></networks>
      <profile>bulk_insert</profile>
    </spark_loader>
    <grafana>
      <password_double_sha1_hex>«sha1#ch-grafana»</password_double_sha1_hex> ⟦D ch-dsha1⟧
      <profile>readonly</profile>
    </grafana>
  </users>
  <profiles>
    <default><max_memory_usage>10000000000</max_memory_usage></default>
    <bulk_insert><max_insert_block_size>1048576</max_insert_block_size></bulk_insert>
    <readonly><readonly>1</readonly></readonly>
  </profiles>
</clickhouse>
