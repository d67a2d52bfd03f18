package tracing_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"sync"
	"testing"

	collectorpb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/tracing"
)

// grpcReceiver is the OTLP gRPC trace service on loopback.
type grpcReceiver struct {
	collectorpb.UnimplementedTraceServiceServer
	mu    sync.Mutex
	names []string
	svc   []string
}

func (g *grpcReceiver) Export(_ context.Context, req *collectorpb.ExportTraceServiceRequest) (*collectorpb.ExportTraceServiceResponse, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, rs := range req.ResourceSpans {
		for _, kv := range rs.GetResource().GetAttributes() {
			if kv.Key == "service.name" {
				g.svc = append(g.svc, kv.Value.GetStringValue())
			}
		}
		for _, ss := range rs.ScopeSpans {
			for _, s := range ss.Spans {
				g.names = append(g.names, s.Name)
			}
		}
	}
	return &collectorpb.ExportTraceServiceResponse{}, nil
}

func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

// emit records one span through a provider built from cfg and flushes it.
func emit(t *testing.T, cfg config.Tracing, name string) {
	t.Helper()
	tr, err := tracing.New(context.Background(), cfg, tracing.ServiceWorker, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, span := tr.Tracer().Start(context.Background(), name)
	span.End()
	if err := tr.Shutdown(context.Background()); err != nil {
		t.Fatalf("shutdown (flush) over %s: %v", cfg.Protocol, err)
	}
}

func TestExportGRPC(t *testing.T) {
	ln := listen(t)
	rcv := &grpcReceiver{}
	srv := grpc.NewServer()
	collectorpb.RegisterTraceServiceServer(srv, rcv)
	go func() { _ = srv.Serve(ln) }()
	defer srv.Stop()
	emit(t, config.Tracing{Enabled: true, Protocol: "grpc", Endpoint: "http://" + ln.Addr().String(), SampleRatio: 1,
		ServiceName: "edge"}, "grpc-span")
	rcv.mu.Lock()
	defer rcv.mu.Unlock()
	if len(rcv.names) != 1 || rcv.names[0] != "grpc-span" || rcv.svc[0] != "edge" {
		t.Fatalf("received %v from %v", rcv.names, rcv.svc)
	}
}

// An endpoint without a path gets /v1/traces; one with a path keeps it.
func TestExportHTTPPaths(t *testing.T) {
	for _, c := range []struct{ suffix, path string }{{"", "/v1/traces"}, {"/otlp/v1/traces", "/otlp/v1/traces"}} {
		ln := listen(t)
		var mu sync.Mutex
		var got []string
		srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			var req collectorpb.ExportTraceServiceRequest
			if err := proto.Unmarshal(b, &req); err != nil {
				http.Error(w, err.Error(), 400)
				return
			}
			mu.Lock()
			for _, rs := range req.ResourceSpans {
				for _, ss := range rs.ScopeSpans {
					for _, s := range ss.Spans {
						got = append(got, r.URL.Path+" "+s.Name)
					}
				}
			}
			mu.Unlock()
			out, _ := proto.Marshal(&collectorpb.ExportTraceServiceResponse{})
			w.Header().Set("Content-Type", "application/x-protobuf")
			_, _ = w.Write(out)
		})}
		go func() { _ = srv.Serve(ln) }()
		emit(t, config.Tracing{Enabled: true, Protocol: "http/protobuf", Endpoint: "http://" + ln.Addr().String() + c.suffix, SampleRatio: 1}, "http-span")
		_ = srv.Close()
		mu.Lock()
		if len(got) != 1 || got[0] != c.path+" http-span" {
			t.Fatalf("endpoint suffix %q: received %v, want %s http-span", c.suffix, got, c.path)
		}
		mu.Unlock()
	}
}

// Sample ratio 0 records no new trace; disabled tracing is a nil *Tracing
// whose methods do nothing.
func TestSamplingAndDisabled(t *testing.T) {
	ln := listen(t)
	n := 0
	var mu sync.Mutex
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		mu.Unlock()
		out, _ := proto.Marshal(&collectorpb.ExportTraceServiceResponse{})
		_, _ = w.Write(out)
	})}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	emit(t, config.Tracing{Enabled: true, Protocol: "http/protobuf", Endpoint: "http://" + ln.Addr().String(), SampleRatio: 0}, "unsampled")
	tr, err := tracing.New(context.Background(), config.Tracing{Endpoint: "http://" + ln.Addr().String(), Protocol: "http/protobuf", SampleRatio: 1}, "x", nil)
	if err != nil || tr != nil {
		t.Fatalf("disabled: %v %v", tr, err)
	}
	_, span := tr.Tracer().Start(context.Background(), "nothing")
	if span.IsRecording() || span.SpanContext().IsValid() {
		t.Fatal("a disabled tracer records")
	}
	span.End()
	if ics, err := tr.TemporalInterceptors(); ics != nil || err != nil {
		t.Fatalf("disabled: interceptors %v %v", ics, err)
	}
	if err := tr.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if n != 0 {
		t.Fatalf("%d export requests without a sampled span", n)
	}
}
