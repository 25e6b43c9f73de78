{
  "exported_at": "2024-03-14T17:02:11Z",
  "collections": [
    {
      "name": "Sales pipeline",
      "entity_id": "«nanoid#mb-sales»", ⟦D mb-entity-1⟧
      "dashboards": [
        { "name": "Pilot funnel", "entity_id": "«nanoid#mb-funnel»", "public_uuid": null },
        { "name": "ARR by retailer", "entity_id": "«nanoid#mb-arr»", "public_uuid": null }
      ]
    },
    {
      "name": "Ops",
      "entity_id": "«nanoid#mb-ops»",
      "dashboards": [
        { "name": "Pipeline freshness", "entity_id": "«nanoid#mb-fresh»", "public_uuid": "«uuid#mb-public-fresh»" } ⟦D mb-public-uuid⟧
      ]
    }
  ]
}
