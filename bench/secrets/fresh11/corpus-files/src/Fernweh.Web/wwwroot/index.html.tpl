<!DOCTYPE html>
<html lang="de">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Fernweh Reisen · Agenturportal</title>
    <base href="/" />
    <link rel="stylesheet" href="css/bootstrap/bootstrap.min.css" integrity="«sri384#bootstrap»" crossorigin="anonymous" />  ⟦D web-sri⟧
    <link rel="stylesheet" href="css/app.css" />
    <link rel="icon" type="image/png" href="data:image/png;base64,«png_b64:120#favicon»" />  ⟦D web-favicon⟧
    <link href="Fernweh.Web.styles.css" rel="stylesheet" />
    <script src="https://js.stripe.com/v3/"></script>
    <script src="https://www.paypal.com/sdk/js?client-id=«paypal_id#live»&currency=EUR&intent=capture"></script>  ⟦D web-paypal-sdk⟧
</head>

<body>
    <div id="app">
        <div class="fw-splash">
            <img src="img/fernweh-logo.svg" alt="Fernweh Reisen" width="180" />
            <p>Agenturportal wird geladen …</p>
        </div>
    </div>

    <div id="blazor-error-ui">
        Es ist ein unerwarteter Fehler aufgetreten.
        <a href="" class="reload">Neu laden</a>
        <a class="dismiss">🗙</a>
    </div>
    <script>
        window.fernweh = {
            stripePublishableKey: "«pk_live#fernweh»",  ⟦D web-stripe-pk⟧
            appInsights: "«ai_conn#web»"  ⟦D web-ai-conn⟧
        };
    </script>
    <script src="_framework/blazor.webassembly.js"></script>
</body>
</html>
