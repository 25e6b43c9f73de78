"""Payment providers for clinic subscriptions (UK: Adyen, US: Braintree/Square, payouts via Plaid, crypto via Coinbase)."""
import Adyen
import braintree
from square.client import Client as SquareClient

ADYEN_API_KEY = "«adyen#live»"   ⟦S s-adyen-key⟧
ADYEN_CLIENT_KEY = "«adyen_client#web»"  # used by the Drop-in in the browser   ⟦D d-adyen-clientkey⟧
ADYEN_MERCHANT_ACCOUNT = "NorthbeamDigitalECOM"

adyen = Adyen.Adyen()
adyen.client.xapikey = ADYEN_API_KEY
adyen.client.platform = "live"

BRAINTREE_ACCESS_TOKEN = "«braintree#us»"   ⟦S s-braintree⟧
BRAINTREE_TOKENIZATION_KEY = "«bt_tokenization#web»"  # client-side, safe to expose   ⟦D d-bt-tokenization⟧
gateway = braintree.BraintreeGateway(access_token=BRAINTREE_ACCESS_TOKEN)

square = SquareClient(
    access_token="«square#us»",   ⟦S s-square-eaaa⟧
    environment="production",
)
SQUARE_APPLICATION_ID = "«sq0idp#web»"   ⟦D d-square-appid⟧

PLAID_ACCESS_TOKEN_NORTHBEAM = "«plaid_access#northbeam»"   ⟦S s-plaid-access⟧

COINBASE_API_KEY_NAME = "«coinbase_name#cdp»"   ⟦D d-coinbase-keyname⟧
COINBASE_API_PRIVATE_KEY = """«pem_ec#coinbase»"""   ⟦S s-coinbase-ec⟧

PAYMENT_STATUS_LABELS = {"authorised": "Paid", "refused": "Declined", "pending": "Waiting for bank"}
