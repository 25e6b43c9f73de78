export const config = {
  apiBase: import.meta.env.VITE_API_BASE as string,
  stripeKey: import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY as string, ⟦D fe-stripe-env⟧
  mapboxToken: import.meta.env.VITE_MAPBOX_TOKEN as string,
  mapStyle: 'mapbox://styles/homestead-rentals/clt4s9x2k00ab01qz3h7d9v1c',
  defaultCenter: [-82.9988, 39.9612] as [number, number],
  brandColor: '#2f6f4e',
  // tile cache buster, bump when the style changes
  styleRevision: '«hex:12#style-rev»', ⟦D fe-style-rev⟧
};
