// Command temporal-ui-server serves the Temporal Web UI against a Temporal
// server's frontend: the UI server (github.com/temporalio/ui-server/v2) at
// the version the pinned temporal CLI embeds in its dev server (tools/go.mod),
// configured by flags instead of its config directory. `./task cluster`
// runs it against the cluster's Temporal server.
//
//	cd tools && go build -o ../bin/temporal-ui-server ./temporal-ui
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	uiserver "github.com/temporalio/ui-server/v2/server"
	uiconfig "github.com/temporalio/ui-server/v2/server/config"
	uiserveroptions "github.com/temporalio/ui-server/v2/server/server_options"
)

func main() {
	frontend := flag.String("address", "127.0.0.1:7233", "the Temporal frontend's gRPC address")
	host := flag.String("ip", "127.0.0.1", "the address the UI listens on")
	port := flag.Int("port", 8233, "the port the UI listens on")
	namespace := flag.String("namespace", "default", "the namespace the UI opens first")
	flag.Parse()
	s := uiserver.NewServer(uiserveroptions.WithConfigProvider(&uiconfig.Config{
		TemporalGRPCAddress: *frontend,
		Host:                *host,
		Port:                *port,
		EnableUI:            true,
		DefaultNamespace:    *namespace,
		CORS:                uiconfig.CORS{CookieInsecure: true},
		HideLogs:            true,
	}))
	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		s.Stop()
	}()
	if err := s.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "temporal-ui-server:", err)
		os.Exit(1)
	}
}
