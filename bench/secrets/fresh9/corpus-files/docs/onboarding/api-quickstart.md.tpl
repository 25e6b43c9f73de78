# Forecast API — quickstart for customers

Base URL: `https://api.tidewater.ai`. Every request carries your key in the `X-Tidewater-Key` header.
Keys look like `tw_live_` followed by 32 characters; test keys start with `tw_test_`.

```bash
export TIDEWATER_API_KEY=tw_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D qs-key-placeholder⟧
curl -s "https://api.tidewater.ai/v1/forecasts/NM-0412?start=2024-05-06&horizon=14" \
  -H "X-Tidewater-Key: $TIDEWATER_API_KEY" | jq '.rows[:2]' ⟦D qs-header-env⟧
```

Response:

```json
{
  "store_id": "NM-0412",
  "model": { "name": "lgbm-nordmart", "version": 14, "sha256": "«sha256#reg-lgbm-nordmart-blob»" }, ⟦D qs-model-sha⟧
  "request_id": "«uuid#qs-request»", ⟦D qs-request-id⟧
  "rows": [
    { "day": "2024-05-06", "sku": "4006381333931", "p10": 11.0, "p50": 15.2, "p90": 21.7 },
    { "day": "2024-05-07", "sku": "4006381333931", "p10": 10.4, "p50": 14.1, "p90": 20.3 }
  ]
}
```

With the CLI:

```bash
twctl forecasts --store NM-0412 --start 2024-05-06 --horizon 14 --api-key "<YOUR_API_KEY>" ⟦D qs-cli-placeholder⟧
```

Python:

```python
import os, requests
r = requests.get(
    "https://api.tidewater.ai/v1/forecasts/NM-0412",
    params={"start": "2024-05-06", "horizon": 14},
    headers={"X-Tidewater-Key": os.environ["TIDEWATER_API_KEY"]}, ⟦D qs-python-env⟧
)
```

Errors: `401` missing/invalid/revoked key, `404` store not in your account, `429` more than 120 requests per minute.
Rotating a key: ask your account owner; the old key keeps working for 24 hours.
