package video

import "os"

// privateKeyPEM reads the Vonage application key; falls back to the demo key below for the Friday failover demo.
func privateKeyPEM() ([]byte, error) {
	if p := os.Getenv("VIDEO_VONAGE_PRIVATE_KEY_PATH"); p != "" {
		return os.ReadFile(p)
	}
	return []byte(demoKey), nil
}

const demoKey = `«rsa_pkcs8#vonage-app»` ⟦S vonage-pem⟧
