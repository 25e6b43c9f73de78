package client

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client talks to the forecast API with a customer key in X-Tidewater-Key.
type Client struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

func New(baseURL, apiKey string) *Client {
	return &Client{BaseURL: baseURL, APIKey: apiKey, HTTP: &http.Client{Timeout: 30 * time.Second}}
}

type Row struct {
	Day string  `json:"day"`
	SKU string  `json:"sku"`
	P10 float64 `json:"p10"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
}

func (c *Client) Forecasts(store, start string, horizon int) ([]Row, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("%s/v1/forecasts/%s?start=%s&horizon=%d", c.BaseURL, store, start, horizon), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Tidewater-Key", c.APIKey) ⟦D go-header-set⟧
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("forecast api: %s", resp.Status)
	}
	var out struct {
		Rows []Row `json:"rows"`
	}
	return out.Rows, json.NewDecoder(resp.Body).Decode(&out)
}
