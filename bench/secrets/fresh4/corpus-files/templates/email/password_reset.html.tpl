<!doctype html>
<html lang="{{ language_code }}">
<body>
  <p>Hi {{ user.first_name }},</p>
  <p>Someone asked to reset the password for your Carelane account.</p>   ⟦D d-email-text⟧
  <p><a href="https://app.carelane.health/reset/{{ uid }}/{{ token }}/">Choose a new password</a></p>   ⟦D d-email-token-var⟧
  <p>If this wasn't you, you can ignore this email; your password stays the same.</p>
  <img src="https://mail.carelane.health/o/«uuid#pixel».gif" width="1" height="1" alt="">   ⟦D d-email-pixel⟧
</body>
</html>
