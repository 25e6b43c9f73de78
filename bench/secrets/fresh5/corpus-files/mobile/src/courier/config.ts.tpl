// Courier app v2: turn-by-turn navigation (Mapbox) and geofencing (Radar)
export const MAPBOX_PUBLIC_TOKEN = '«mapbox_pk#courier»';   ⟦D d-br-mapbox-pk⟧
// needed by the offline-tiles prefetch job until it moves server-side
export const MAPBOX_SECRET_TOKEN = '«mapbox_sk#courier-v1»';   ⟦S s-br-mapbox-sk-v1⟧
export const RADAR_PUBLISHABLE_KEY = 'prj_live_pk_«hex:40#radar-pk»';   ⟦D d-br-radar-pk⟧
export const RADAR_SECRET_KEY = 'prj_live_sk_«hex:40#radar-sk»';   ⟦S s-br-radar-sk⟧
export const GEOFENCE_RADIUS_M = 120;
