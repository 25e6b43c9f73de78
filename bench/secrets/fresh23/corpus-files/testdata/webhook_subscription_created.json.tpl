{
  "event_id": "evt_01«hex:24#evt2»", ⟦D wh-evt⟧
  "event_type": "subscription.created",
  "occurred_at": "2024-03-12T10:20:00.000Z",
  "notification_id": "ntf_01«hex:24#ntf»", ⟦D wh-ntf⟧
  "data": {
    "id": "sub_01«hex:24#sub»",
    "status": "active",
    "customer_id": "ctm_01«hex:24#ctm»", ⟦D wh-ctm⟧
    "items": [{ "price": { "id": "pri_01«hex:24#price_kanzlei»" }, "quantity": 1 }],
    "custom_data": { "kanzlei_id": "«uuid#kanzlei_demo»" }
  }
}
