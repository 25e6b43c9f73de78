{
    "http-basic": {
        "repo.magento.com": {
            "username": "«hex:32#mage-public»",
            "password": "«hex:32#mage-private»" ⟦S mg-auth-private⟧
        }
    },
    "github-oauth": {
        "github.com": "«ghp#composer»" ⟦S mg-auth-github⟧
    }
}
