agones.dev/agones v1.38.0 h1:«b64bytes:32#agones» ⟦D gs-sum1⟧
agones.dev/agones v1.38.0/go.mod h1:«b64bytes:32#agonesmod» ⟦D gs-sum2⟧
github.com/golang/protobuf v1.5.3 h1:«b64bytes:32#protobuf»
github.com/golang/protobuf v1.5.3/go.mod h1:«b64bytes:32#protobufmod»
github.com/redis/go-redis/v9 v9.5.1 h1:«b64bytes:32#goredis» ⟦D gs-sum3⟧
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:«b64bytes:32#goredismod»
google.golang.org/grpc v1.62.1 h1:«b64bytes:32#grpc»
google.golang.org/grpc v1.62.1/go.mod h1:«b64bytes:32#grpcmod»
