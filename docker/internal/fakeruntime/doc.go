// Command fakeruntime is a tiny stand-in for an Open Runtimes v5 runtime
// image, used only by the docker package's tests and benchmarks. It is built
// as a static binary and imported into a FROM-scratch style image.
//
// As a server (the default) it listens on :3000, answers GET /__opr/health,
// checks the x-open-runtimes-secret header and offers knobs by path:
//
//	/echo              method, path, headers and body as JSON
//	/sleep?ms=N        sleep N ms, then answer
//	/spin?ms=N         burn CPU for N ms (forever without ms)
//	/exit?code=N       exit at once, without answering
//	/alloc?mb=N        allocate and touch N MB, then answer
//	/write?path=P      try to create file P; 200 "ok" or 500 with the error
//	/read?path=P       answer the content of file P
//	/env?name=X        answer the value of variable X
//	/log?text=T        write T to the log files named by x-open-runtimes-log-id
//	                   (&kind=symlink&target=P or &kind=fifo: a hostile logs
//	                   file; &answer=X: answer X as the log id)
//	/fill?path=P&mb=N  write N MiB to P; answer the bytes written and the error
//	/big?bytes=N       answer N bytes
//	/status?code=N     answer status N with a custom and an internal header
//
// Start-up knobs (environment): FAKE_START_DELAY_MS delays listening,
// FAKE_EXIT_AT_START=N exits with code N before listening.
//
// Invoked as "sh -c <script>" it runs a tiny shell (see sh.go) so build
// containers can be tested without a real shell in the image.
package main
