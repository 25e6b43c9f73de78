{{ define "content" }}
<form hx-post="/login" hx-target="#login-error">
  <label for="email">E-Mail</label>
  <input id="email" name="email" type="email" autocomplete="username" required>
  <label for="password">Passwort</label>
  <input id="password" name="password" type="password" autocomplete="current-password" minlength="10" required> ⟦D html-pw-input⟧
  <a href="/passwort-vergessen">Passwort vergessen?</a>
  <div id="login-error"></div>
  <button type="submit">Anmelden</button>
</form>
{{ end }}
