package billing

import (
	"context"
	"net/http"
)

const apiBase = "https://api.paddle.com"

// Nightly job: pull subscriptions so the Kanzlei plan limits stay in sync.
func fetchSubscriptions(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, apiBase+"/subscriptions?status=active", nil)
	// TODO(jannik): move to env before launch
	req.Header.Set("Authorization", "Bearer «paddle_key:live#early»") ⟦S paddle-sync-bearer⟧
	return http.DefaultClient.Do(req)
}
