{
  "name": "@munchly/ui",
  "version": "0.3.0",
  "description": "Shared React Native components (buttons, order cards, courier map pins)",
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "publishConfig": { "access": "public" },
  "scripts": { "build": "tsc -p .", "prepublishOnly": "npm run build" },
  "peerDependencies": { "react": ">=18", "react-native": ">=0.73" }
}
