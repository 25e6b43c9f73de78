"""Prospect demo: pick a store and SKU, see the forecast next to last year's actuals (M5 public subset + Nordmart sandbox)."""
import pandas as pd
import pydeck as pdk
import streamlit as st

st.set_page_config(page_title="Tidewater demo", page_icon="🌊", layout="wide")

# Mapbox public (pk.) token, URL-restricted to demo.tidewater.ai
pdk.settings.mapbox_api_key = "«mapbox_pk#demo-map»" ⟦D demo-mapbox-pk⟧

conn = st.connection("snowflake")  # reads [connections.snowflake] from .streamlit/secrets.toml ⟦D demo-connection⟧

stores = conn.query("select store_id, name, lat, lon from demo.stores", ttl=3600)
store = st.sidebar.selectbox("Store", stores.store_id, format_func=lambda s: stores.set_index("store_id").name[s])
sku = st.sidebar.text_input("SKU / EAN", "4006381333931")

fc = conn.query(
    "select day, p10, p50, p90, actual from demo.forecast_vs_actual where store_id = :s and sku = :k order by day",
    params={"s": store, "k": sku},
)
st.line_chart(fc.set_index("day")[["p50", "actual"]])
st.caption("Shaded band: p10–p90. Data refreshed nightly.")

st.pydeck_chart(pdk.Deck(
    map_style="mapbox://styles/mapbox/light-v11",
    initial_view_state=pdk.ViewState(latitude=53.55, longitude=9.99, zoom=6),
    layers=[pdk.Layer("ScatterplotLayer", stores, get_position=["lon", "lat"], get_radius=2000, get_fill_color=[14, 124, 134])],
))
