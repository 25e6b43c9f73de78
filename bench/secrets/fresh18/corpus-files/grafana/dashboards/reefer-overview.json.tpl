{
  "annotations": { "list": [] },
  "editable": true,
  "graphTooltip": 1,
  "id": null,
  "uid": "«hex:9#dash»",
  "title": "Reefer overview",
  "tags": ["fleet", "temperature"],
  "timezone": "browser",
  "refresh": "1m",
  "templating": {
    "list": [
      {
        "name": "trailer",
        "type": "query",
        "datasource": { "type": "influxdb", "uid": "«hex:14#ds-influx»" },
        "query": "import \"influxdata/influxdb/schema\"\nschema.tagValues(bucket: \"telemetry\", tag: \"trailer_id\")",
        "multi": true,
        "includeAll": true
      }
    ]
  },
  "panels": [
    {
      "id": 1,
      "type": "timeseries",
      "title": "Box temperature",
      "gridPos": { "h": 9, "w": 16, "x": 0, "y": 0 },
      "datasource": { "type": "influxdb", "uid": "«hex:14#ds-influx»" },
      "fieldConfig": {
        "defaults": {
          "unit": "celsius",
          "color": { "mode": "palette-classic" },
          "thresholds": { "mode": "absolute", "steps": [ { "color": "#37872D", "value": null }, { "color": "#E02F44", "value": 8 } ] }
        }
      },
      "targets": [
        { "refId": "A", "query": "from(bucket: \"telemetry\") |> range(start: v.timeRange.start) |> filter(fn: (r) => r._measurement == \"probe\" and r._field == \"temp_c\" and contains(value: r.trailer_id, set: ${trailer:json}))" }
      ]
    },
    {
      "id": 2,
      "type": "stat",
      "title": "Door openings (24 h)",
      "gridPos": { "h": 9, "w": 8, "x": 16, "y": 0 },
      "datasource": { "type": "influxdb", "uid": "«hex:14#ds-influx»" },
      "targets": [
        { "refId": "A", "query": "from(bucket: \"telemetry\") |> range(start: -24h) |> filter(fn: (r) => r._field == \"door_open\") |> sum()" }
      ]
    },
    {
      "id": 3,
      "type": "text",
      "title": "Firmware",
      "gridPos": { "h": 4, "w": 24, "x": 0, "y": 9 },
      "options": { "mode": "markdown", "content": "Current release **0.9.2**, image sha256 `«sha256#fw-0.9.2»`" } ⟦D dash-sha⟧
    }
  ],
  "schemaVersion": 39,
  "version": 7
}
