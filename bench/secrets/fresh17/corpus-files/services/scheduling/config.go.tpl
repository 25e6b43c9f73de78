package main

import (
	"strings"

	"github.com/spf13/viper"
)

type Config struct {
	Database struct {
		DSN          string `mapstructure:"dsn"`
		MaxConns     int32  `mapstructure:"max_conns"`
		StatementLog bool   `mapstructure:"statement_log"`
	} `mapstructure:"database"`
	Reminders struct {
		// Twilio Messaging service for SMS reminders
		MessagingServiceSID string `mapstructure:"messaging_service_sid"`
		AuthToken           string `mapstructure:"auth_token"`
		LeadMinutes         []int  `mapstructure:"lead_minutes"`
	} `mapstructure:"reminders"`
	Session struct {
		Issuer   string `mapstructure:"issuer"`
		Audience string `mapstructure:"audience"`
		TTL      string `mapstructure:"ttl"`
	} `mapstructure:"session"`
}

func LoadConfig(path string) (*Config, error) {
	v := viper.New()
	v.SetConfigFile(path)
	v.SetEnvPrefix("SCHED")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	v.SetDefault("database.max_conns", 20)
	v.SetDefault("session.ttl", "30m")
	if err := v.ReadInConfig(); err != nil {
		return nil, err
	}
	var c Config
	return &c, v.Unmarshal(&c)
}
