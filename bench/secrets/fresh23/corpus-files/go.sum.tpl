github.com/BurntSushi/toml v1.3.2 «gosum#toml» ⟦D gosum-1⟧
github.com/BurntSushi/toml v1.3.2/go.mod «gosum#toml_mod» ⟦D gosum-2⟧
github.com/mattn/go-sqlite3 v1.14.22 «gosum#sqlite» ⟦D gosum-3⟧
github.com/mattn/go-sqlite3 v1.14.22/go.mod «gosum#sqlite_mod»
github.com/gorilla/csrf v1.7.2 «gosum#csrf» ⟦D gosum-4⟧
github.com/gorilla/csrf v1.7.2/go.mod «gosum#csrf_mod»
golang.org/x/crypto v0.21.0 «gosum#xcrypto» ⟦D gosum-5⟧
golang.org/x/crypto v0.21.0/go.mod «gosum#xcrypto_mod»
