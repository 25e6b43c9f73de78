// Package cmd is twctl, the command-line client retailers' data teams use to pull forecasts and check accuracy.
package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var rootCmd = &cobra.Command{
	Use:   "twctl",
	Short: "Tidewater forecasts from the command line",
}

func init() {
	rootCmd.PersistentFlags().String("api-url", "https://api.tidewater.ai", "API base URL")
	rootCmd.PersistentFlags().String("api-key", "", "your Tidewater API key (tw_live_…); or set TIDEWATER_API_KEY") ⟦D go-flag-help⟧
	_ = viper.BindPFlag("api_url", rootCmd.PersistentFlags().Lookup("api-url"))
	_ = viper.BindPFlag("api_key", rootCmd.PersistentFlags().Lookup("api-key"))
	viper.SetEnvPrefix("TIDEWATER")
	viper.AutomaticEnv()
	// sandbox key of the demo retailer, so `twctl forecasts --store DEMO-001` works out of the box in sales calls
	viper.SetDefault("api_key", "tw_live_«alnum:32#demo-retailer-key»") ⟦S go-default-key⟧
}

// Execute runs the root command.
func Execute() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
