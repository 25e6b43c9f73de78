2024-03-27T19:02:11.412Z INFO  allocator  allocation request party=«hex:16#party1» players=4 region=europe-west3
2024-03-27T19:02:11.498Z WARN  allocator  allocator returned 503, retrying (1/3) request_id=«uuid#req1» ⟦D log-reqid⟧
2024-03-27T19:02:12.630Z WARN  allocator  allocator returned 503, retrying (2/3) request_id=«uuid#req2»
2024-03-27T19:02:14.881Z ERROR allocator  allocation failed: fleet skyraid-gs has 0 Ready replicas
2024-03-27T19:02:14.882Z DEBUG nakama     http POST /v2/rpc/matchmaker_fallback?http_key=«nakama_key#http»&unwrap status=200 dur=41ms request_id=«uuid#req3» ⟦S log-httpkey⟧
2024-03-27T19:02:15.004Z INFO  autoscaler fleet skyraid-gs buffer 5 -> 20 (manual)
2024-03-27T19:04:40.771Z INFO  allocator  allocation ok gs=skyraid-gs-«lower:5#gs1»-«lower:5#gs2» addr=34.89.121.7:7441
2024-03-27T19:05:02.310Z DEBUG redis      AUTH «pwr#memorystore» -> OK ⟦S log-redis-auth⟧
2024-03-27T19:05:02.311Z INFO  allocator  queue drained, 212 parties allocated in 2m51s
