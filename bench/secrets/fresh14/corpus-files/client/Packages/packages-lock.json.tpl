{
  "dependencies": {
    "com.unity.addressables": {
      "version": "1.21.20",
      "depth": 0,
      "source": "registry",
      "dependencies": {
        "com.unity.scriptablebuildpipeline": "1.21.22",
        "com.unity.modules.unitywebrequestassetbundle": "1.0.0"
      },
      "url": "https://packages.unity.com"
    },
    "com.heroiclabs.nakama-unity": {
      "version": "https://github.com/heroiclabs/nakama-unity.git?path=/Packages/Nakama#v3.10.0",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "«sha1#nakama-unity»" ⟦D lock-hash1⟧
    },
    "com.playeveryware.eos": {
      "version": "https://github.com/PlayEveryWare/eos_plugin_for_unity_upm.git#v3.1.1",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "«sha1#eos-upm»" ⟦D lock-hash2⟧
    },
    "com.unity.services.core": {
      "version": "1.12.5",
      "depth": 1,
      "source": "registry",
      "dependencies": {},
      "url": "https://packages.unity.com"
    },
    "com.unity.services.cloudcode": {
      "version": "2.6.1",
      "depth": 0,
      "source": "registry",
      "dependencies": {
        "com.unity.services.core": "1.12.5"
      },
      "url": "https://packages.unity.com"
    }
  }
}
