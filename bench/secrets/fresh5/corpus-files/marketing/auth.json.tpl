{
    "http-basic": {
        "nova.laravel.com": {
            "username": "ines@munchly.app",
            "password": "«alnum:48#nova-license»"   ⟦S s-composer-nova⟧
        }
    },
    "github-oauth": {
        "github.com": "«gho#composer»"   ⟦S s-composer-gho⟧
    }
}
