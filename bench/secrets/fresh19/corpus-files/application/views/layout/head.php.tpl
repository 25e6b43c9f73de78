<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title><?php echo isset($title) ? html_escape($title).' – ' : ''; ?>Ordertrail</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="csrf-token" content="<?php echo $this->security->get_csrf_hash(); ?>"> ⟦D head-csrf-meta⟧
  <link rel="stylesheet" href="/css/ordertrail.css?v=4812">
  <link rel="icon" href="data:image/png;base64,«png:90#favicon»"> ⟦D head-favicon-b64⟧
  <script src="https://code.jquery.com/jquery-1.12.4.min.js" integrity="«sri#jquery»" crossorigin="anonymous"></script> ⟦D head-sri-jquery⟧
  <script src="https://code.jquery.com/ui/1.12.1/jquery-ui.min.js" integrity="«sri#jqueryui»" crossorigin="anonymous"></script> ⟦D head-sri-jqueryui⟧
  <script src="https://www.google.com/recaptcha/api.js?hl=de" async defer></script>
  <script src="/js/checkout.js?v=4812"></script>
</head>
