{
  "url": "https://blog.nordlicht-yoga.de",
  "server": {
    "port": 2368,
    "host": "0.0.0.0"
  },
  "database": {
    "client": "mysql",
    "connection": {
      "host": "mariadb",
      "port": 3306,
      "user": "ghost_nordlicht",
      "password": "«pw#ghost-db»", ⟦S ghost-db⟧
      "database": "ghost_nordlicht"
    }
  },
  "mail": {
    "transport": "SMTP",
    "from": "Nordlicht Yoga <blog@nordlicht-yoga.de>",
    "options": {
      "host": "mail01.kettlebridge.net",
      "port": 587,
      "secure": false,
      "auth": {
        "user": "blog@nordlicht-yoga.de",
        "pass": "" ⟦D ghost-smtp-empty⟧
      }
    }
  },
  "logging": {
    "transports": ["stdout"]
  },
  "process": "local",
  "paths": {
    "contentPath": "/var/lib/ghost/content"
  }
}
