github.com/spf13/cobra v1.8.0 «gohash#cobra» ⟦D gosum-cobra⟧
github.com/spf13/cobra v1.8.0/go.mod «gohash#cobra-mod»
github.com/spf13/viper v1.18.2 «gohash#viper» ⟦D gosum-viper⟧
github.com/spf13/viper v1.18.2/go.mod «gohash#viper-mod»
