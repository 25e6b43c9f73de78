DD_API_KEY=«hex:32#dd-kustomize»   ⟦S s-kust-dd-api⟧
DD_APP_KEY=«hex:40#dd-app»   ⟦S s-kust-dd-app⟧
HONEYCOMB_API_KEY=«honeycomb#prod»   ⟦S s-kust-honeycomb⟧
DD_SITE=datadoghq.eu
