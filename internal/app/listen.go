package app

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
)

// bind opens the API listener on server.listen and, when the runtime
// network has a gateway and the API listens on a loopback address only, a
// second listener on the gateway address with the same port: the address
// functions use to call the API (APPWRITE_FUNCTION_API_ENDPOINT). The
// gateway address is on the host, but only the host and the containers on
// that network reach it.
func (a *App) bind() error {
	if a.ln != nil {
		return nil
	}
	ln, err := net.Listen("tcp", a.Cfg.Server.Listen)
	if err != nil {
		return fmt.Errorf("server.listen: cannot listen on %s: %w", a.Cfg.Server.Listen, err)
	}
	a.ln = ln
	gw := a.Docker.Gateway()
	host, _, _ := net.SplitHostPort(a.Cfg.Server.Listen)
	if gw == "" || a.Cfg.Server.FunctionEndpoint != "" || !isLoopback(host) {
		return nil
	}
	port := ln.Addr().(*net.TCPAddr).Port
	gln, err := net.Listen("tcp", net.JoinHostPort(gw, strconv.Itoa(port)))
	if err != nil {
		a.Log.Warn("functions cannot reach the API: listening on the runtime network's gateway failed; set server.function_endpoint",
			"gateway", gw, "error", err)
		a.gatewayFailed = true
		return nil
	}
	a.ln = newMultiListener(ln, gln)
	a.Log.Info("api reachable from functions", "address", gln.Addr().String())
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// FunctionEndpoint is the API endpoint functions receive as
// APPWRITE_FUNCTION_API_ENDPOINT: server.function_endpoint when set; else
// the runtime network's gateway with the API's port; else the public URL.
func (a *App) FunctionEndpoint() string {
	cfg := a.Cfg
	if cfg.Server.FunctionEndpoint != "" {
		return strings.TrimRight(cfg.Server.FunctionEndpoint, "/")
	}
	public := strings.TrimRight(cfg.Server.PublicURL, "/") + "/v1"
	gw := ""
	if a.Docker != nil {
		gw = a.Docker.Gateway()
	}
	if gw == "" || a.gatewayFailed {
		return public
	}
	_, port, err := net.SplitHostPort(cfg.Server.Listen)
	if a.ln != nil {
		port = strconv.Itoa(a.ln.Addr().(*net.TCPAddr).Port)
	} else if err != nil || port == "0" {
		return public
	}
	return "http://" + net.JoinHostPort(gw, port) + "/v1"
}

// multiListener accepts from several listeners; its Addr is the first's.
type multiListener struct {
	lns    []net.Listener
	conns  chan net.Conn
	errs   chan error
	closed chan struct{}
	once   sync.Once
}

func newMultiListener(lns ...net.Listener) *multiListener {
	m := &multiListener{lns: lns, conns: make(chan net.Conn), errs: make(chan error, len(lns)), closed: make(chan struct{})}
	for _, ln := range lns {
		go m.accept(ln)
	}
	return m
}

func (m *multiListener) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			select {
			case m.errs <- err:
			case <-m.closed:
			}
			return
		}
		select {
		case m.conns <- c:
		case <-m.closed:
			c.Close()
			return
		}
	}
}

func (m *multiListener) Accept() (net.Conn, error) {
	select {
	case c := <-m.conns:
		return c, nil
	case err := <-m.errs:
		return nil, err
	case <-m.closed:
		return nil, net.ErrClosed
	}
}

func (m *multiListener) Close() error {
	var errs []error
	m.once.Do(func() {
		close(m.closed)
		for _, ln := range m.lns {
			errs = append(errs, ln.Close())
		}
	})
	return errors.Join(errs...)
}

func (m *multiListener) Addr() net.Addr { return m.lns[0].Addr() }
