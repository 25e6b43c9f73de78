package billing

import (
	"context"
	"net/http"
	"os"
)

const apiBase = "https://api.paddle.com"

// Nightly job: pull subscriptions so the Kanzlei plan limits stay in sync.
func fetchSubscriptions(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, apiBase+"/subscriptions?status=active", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PADDLE_API_KEY")) ⟦D paddle-sync-env⟧
	return http.DefaultClient.Do(req)
}
