// Pure readings of HTTP responses that both probes (the API client) and checks (api/rate-limit) need.
// They live in core so a check can use them without importing a probe module (docs/architecture.md, "Layers").

/** A refusal by a CSRF check (Django 403 "CSRF Failed", Rails 422 InvalidAuthenticityToken, Laravel 419). */
export function csrfRefused(status: number, body: string): boolean {
  return status === 419 || ((status === 403 || status === 422) && /csrf|xsrf|authenticity ?token/i.test(body.slice(0, 2000)));
}
