# Munchly API — handy requests

Base URL: `https://api.munchly.app`. All admin routes need `Authorization: Bearer <admin token>`.   ⟦D d-api-bearer-placeholder⟧

## Orders

```sh
curl -s https://api.munchly.app/v1/orders/ord_4411 -H "Authorization: Bearer $MUNCHLY_TOKEN" | jq   ⟦D d-api-curl-env⟧
```

Courier app token Ines used to reproduce the double-assignment bug (courier "drv_test_berlin", valid till 2030):

```sh
http GET https://api.munchly.app/v1/courier/assignments "Authorization:Bearer «jwt_courier#ines-repro»"   ⟦S s-api-httpie-jwt⟧
```

## Payments (Stripe directly)

```sh
# refund an order's charge (live!)
curl https://api.stripe.com/v1/refunds -u «sk_live#stripe-main»: -d charge=«stripe_obj:ch#refund-example»   ⟦S s-api-curl-stripe⟧
# same thing, test mode, from Stripe's docs
curl https://api.stripe.com/v1/refunds -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d charge=ch_3MmlLrLkdIwHu7ix0snN0B15   ⟦D d-api-stripe-docs⟧
```

## Twilio

```sh
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json" \
  --data-urlencode "To=+4915112345678" --data-urlencode "From=+4930123456" --data-urlencode "Body=test" \
  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"   ⟦D d-api-twilio-env⟧
```

## Menu image export (from the old FTP box)

```sh
wget --user=munchly-menus --password='«pwh#ftp-menus»' -r ftp://files.munchly.app/menus/   ⟦S s-api-wget⟧
```

## Push

```sh
curl -X POST https://onesignal.com/api/v1/notifications \
  -H "Authorization: Key «onesignal#rest»" \   ⟦S s-api-onesignal⟧
  -H "Content-Type: application/json" \
  -d '{"app_id":"«uuid#onesignal-app»","included_segments":["Couriers"],"contents":{"en":"Rain bonus active"}}'   ⟦D d-api-onesignal-appid⟧
```

## Google Maps

Distance matrix with the *server* key (restricted to our egress IPs, but still):

    https://maps.googleapis.com/maps/api/distancematrix/json?origins=52.52,13.40&destinations=52.50,13.42&key=«aiza#maps-server»   ⟦S s-api-maps⟧

## Example responses

```json
{ "id": "ord_4411", "status": "delivered", "trace_id": "«hex:32#trace-1»", "courier": "drv_«lower:12#drv1»" }   ⟦D d-api-trace⟧
```

Request ids look like `req_«alnum:24#req-doc»` and idempotency keys like `«idem#doc»`.   ⟦D d-api-reqid⟧
