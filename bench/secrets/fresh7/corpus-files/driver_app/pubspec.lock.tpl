packages:
  dio:
    dependency: "direct main"
    description:
      name: dio
      sha256: "«sha256#dio»" ⟦D pub-dio⟧
      url: "https://pub.dev"
    source: hosted
    version: "5.4.3"
