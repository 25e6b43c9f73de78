github.com/go-chi/chi/v5 v5.0.12 «gohash#chi» ⟦D gosum1⟧
github.com/go-chi/chi/v5 v5.0.12/go.mod «gohash#chimod» ⟦D gosum2⟧
