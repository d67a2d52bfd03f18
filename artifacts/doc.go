// Package artifacts stores deployment files (uploaded sources, chunks in
// progress, build outputs) behind a small interface. The default is a local
// directory; keys are slash-separated paths such as
// "<project>/<deployment>/source.tar.gz", so a shared store (NFS, S3-style)
// can take the same layout when workers run on several hosts.
package artifacts
