spark.master                       yarn
spark.submit.deployMode            cluster
spark.executor.memory              6g
spark.executor.cores               3
spark.sql.shuffle.partitions       400
spark.eventLog.enabled             true
spark.eventLog.dir                 s3a://bidstream-spark-history/
spark.hadoop.fs.s3a.fast.upload    true
spark.ssl.keyStorePassword         «pw#spark-ssl» ⟦S spark-ssl-pw⟧
spark.ssl.trustStorePassword       changeit ⟦D spark-truststore-default⟧
spark.authenticate.secret          «hex:32#spark-auth» ⟦S spark-auth-secret⟧
