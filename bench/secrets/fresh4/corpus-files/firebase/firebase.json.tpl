{
  "firestore": { "rules": "firestore.rules" },
  "hosting": { "public": "dist", "rewrites": [{ "source": "**", "destination": "/index.html" }] },
  "apiKey": "«aiza#firebase-web»"   ⟦D d-firebase-web-key⟧
}
