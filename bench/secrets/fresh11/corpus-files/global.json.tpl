{
  "sdk": {
    "version": "8.0.204",
    "rollForward": "latestFeature"
  }
}
