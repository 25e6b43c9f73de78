package mail

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const endpoint = "https://api.postmarkapp.com/email/withTemplate"

type Client struct {
	token string
	http  *http.Client
}

func New() *Client {
	return &Client{token: os.Getenv("POSTMARK_SERVER_TOKEN"), http: http.DefaultClient} ⟦D pm-getenv⟧
}

func (c *Client) Send(ctx context.Context, to, alias string, model map[string]any) error {
	body, _ := json.Marshal(map[string]any{"From": "hallo@belegwerk.de", "To": to, "TemplateAlias": alias, "TemplateModel": model, "MessageStream": "outbound"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	req.Header.Set("Accept", "application/json")
	req.Header.Set("X-Postmark-Server-Token", c.token) ⟦D pm-header-var⟧
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("postmark: %s", resp.Status)
	}
	return nil
}
