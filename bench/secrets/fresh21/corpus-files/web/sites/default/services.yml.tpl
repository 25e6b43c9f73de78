parameters:
  session.storage.options:
    gc_probability: 1
    gc_divisor: 100
    gc_maxlifetime: 200000
    cookie_lifetime: 2000000
    cookie_samesite: Lax
    sid_length: 48
    sid_bits_per_character: 6
  twig.config:
    debug: false
    auto_reload: null
    cache: true
  renderer.config:
    required_cache_contexts: ['languages:language_interface', 'theme', 'user.permissions']
    auto_placeholder_conditions:
      max-age: 0
      contexts: ['session', 'user']
      tags: []
  http.response.debug_cacheability_headers: false
  factory.keyvalue: {}
  factory.keyvalue.expirable: {}
  filter_protocols:
    - http
    - https
    - mailto
    - tel
  cors.config:
    enabled: true
    allowedHeaders: ['x-csrf-token', 'authorization', 'content-type', 'accept']
    allowedMethods: ['GET', 'POST']
    allowedOrigins: ['https://harborlights.openharbor.org']
    exposedHeaders: false
    maxAge: 1000
    supportsCredentials: false
