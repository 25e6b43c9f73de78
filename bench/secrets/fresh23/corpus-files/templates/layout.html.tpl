<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>{{ block "title" . }}Belegwerk{{ end }}</title>
  <meta name="csrf-token" content="{{ .CSRFToken }}"> ⟦D html-csrf⟧
  <link rel="stylesheet" href="/static/app.css?v={{ .AssetHash }}">
  <script src="/static/htmx.min.js" integrity="sha384-«b64:48#htmx_sri»" crossorigin="anonymous"></script> ⟦D html-sri⟧
  <script defer data-domain="belegwerk.de" src="https://plausible.io/js/script.js"></script>
  <script src="https://cdn.paddle.com/paddle/v2/paddle.js"></script>
  <script>
    Paddle.Initialize({ token: "«paddle_client:live#web»" }); ⟦D html-paddle-client⟧
  </script>
</head>
<body hx-headers='{"X-CSRF-Token": "{{ .CSRFToken }}"}'>
  {{ template "content" . }}
</body>
</html>
