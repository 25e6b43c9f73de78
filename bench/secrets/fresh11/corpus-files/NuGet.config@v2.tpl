<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="fernweh-internal" value="https://pkgs.dev.azure.com/fernweh-reisen/_packaging/fernweh-internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
    <packageSource key="fernweh-internal">
      <package pattern="Fernweh.*" />
    </packageSource>
  </packageSourceMapping>
  <packageSourceCredentials>
    <fernweh-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />  ⟦D nuget-envref⟧
    </fernweh-internal>
  </packageSourceCredentials>
</configuration>
