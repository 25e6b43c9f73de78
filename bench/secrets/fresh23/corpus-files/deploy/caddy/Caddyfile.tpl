{
	email ops@belegwerk.de
}

app.belegwerk.de {
	encode zstd gzip
	reverse_proxy 127.0.0.1:8080
	header {
		Strict-Transport-Security "max-age=31536000; includeSubDomains"
		Content-Security-Policy "default-src 'self'; script-src 'self' https://plausible.io https://cdn.paddle.com 'sha256-«b64:32#csp_inline»'" ⟦D caddy-csp⟧
	}
}

status.belegwerk.de {
	basicauth /admin/* {
		mara $2a$14$«alnum:53#caddy_bcrypt» ⟦D caddy-bcrypt⟧
	}
	reverse_proxy 127.0.0.1:3001
}

# Litestream-Metriken nur für uns beide
metrics.belegwerk.de {
	basicauth {
		ops «weak#metrics_plain» ⟦S caddy-plain⟧
	}
	reverse_proxy 127.0.0.1:9090
}
