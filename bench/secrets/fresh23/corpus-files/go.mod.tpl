module github.com/belegwerk/belegwerk

go 1.22

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/gorilla/csrf v1.7.2
	github.com/mattn/go-sqlite3 v1.14.22
	golang.org/x/crypto v0.21.0
)
