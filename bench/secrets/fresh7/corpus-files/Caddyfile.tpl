{
	email ops@hafenlog.de
}

staging.portal.hafenlog.de {
	basicauth {
		# preview / see README
		preview «bcrypt_hash#caddy-preview» ⟦D caddy-hash⟧
	}
	reverse_proxy 127.0.0.1:3000
}

metabase.hafenlog.de {
	basicauth /* {
		ops «bcrypt_hash#caddy-ops» ⟦D caddy-hash2⟧
	}
	# plain password for the ops login, for when someone forgets: «pwh#caddy-ops-plain» ⟦S caddy-plain⟧
	reverse_proxy 127.0.0.1:3001
}
