package artifacts

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// S3Options locate a bucket of an S3-compatible service.
type S3Options struct {
	// Endpoint is host:port, or a URL whose scheme chooses TLS (https) or
	// not (http).
	Endpoint string
	Bucket   string
	Region   string
	// Prefix is put before every key.
	Prefix    string
	AccessKey string
	SecretKey string
	// Insecure: plain HTTP when Endpoint has no scheme.
	Insecure bool
	// PathStyle addresses the bucket in the path, not the host name.
	PathStyle bool
	// UnsignedPayload sends bodies as UNSIGNED-PAYLOAD over plain HTTP
	// too, instead of aws-chunked streaming signatures, for servers that do
	// not decode those (gofakes3). Over HTTPS bodies go unsigned anyway
	// (TLS protects them).
	UnsignedPayload bool
	// PartSize is the size of one part of a multipart upload, the most an
	// upload of unknown length holds in memory (default 8 MiB, at least
	// 5 MiB as S3 requires).
	PartSize uint64
}

// S3 stores artifacts as objects of one bucket, through minio-go (a
// maintained client for any S3-compatible service). An object appears
// only once its upload completes, so readers never see a partial
// artifact, as with Local.
type S3 struct {
	c        *minio.Client
	bucket   string
	prefix   string
	partSize uint64
	unsigned bool
}

const defaultPartSize = 8 << 20

// NewS3 connects to the bucket and checks that it exists.
func NewS3(ctx context.Context, o S3Options) (*S3, error) {
	host, secure := o.Endpoint, !o.Insecure
	if strings.Contains(host, "://") {
		u, err := url.Parse(host)
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			return nil, fmt.Errorf("storage.s3.endpoint: want host:port or an http(s) URL, got %q", o.Endpoint)
		}
		host, secure = u.Host, u.Scheme == "https"
	}
	lookup := minio.BucketLookupAuto
	if o.PathStyle {
		lookup = minio.BucketLookupPath
	}
	var creds *credentials.Credentials
	if o.AccessKey != "" || o.SecretKey != "" {
		creds = credentials.NewStaticV4(o.AccessKey, o.SecretKey, "")
	} else {
		// The environment (AWS_ACCESS_KEY_ID, ...) or the instance's role.
		creds = credentials.NewChainCredentials([]credentials.Provider{&credentials.EnvAWS{}, &credentials.EnvMinio{},
			&credentials.IAM{}})
	}
	c, err := minio.New(host, &minio.Options{Creds: creds, Secure: secure, Region: o.Region, BucketLookup: lookup})
	if err != nil {
		return nil, fmt.Errorf("storage.s3: %w", err)
	}
	ok, err := c.BucketExists(ctx, o.Bucket)
	if err != nil {
		return nil, fmt.Errorf("storage.s3: cannot reach bucket %s at %s: %w", o.Bucket, o.Endpoint, err)
	}
	if !ok {
		return nil, fmt.Errorf("storage.s3.bucket: bucket %s does not exist at %s: create it first", o.Bucket, o.Endpoint)
	}
	ps := o.PartSize
	if ps == 0 {
		ps = defaultPartSize
	}
	ps = max(ps, 5<<20)
	prefix := strings.Trim(o.Prefix, "/")
	if prefix != "" {
		prefix += "/"
	}
	return &S3{c: c, bucket: o.Bucket, prefix: prefix, partSize: ps, unsigned: o.UnsignedPayload}, nil
}

// object is the object name of key (the same key rules as Local).
func (s *S3) object(key string) (string, error) {
	k := strings.TrimPrefix(key, "/")
	if k == "" || strings.Contains(k, "..") || strings.HasSuffix(k, "/") || strings.Contains(k, "//") {
		return "", fmt.Errorf("artifacts: invalid key %q", key)
	}
	return s.prefix + k, nil
}

// Put implements Store. The reader is streamed: an archive of known length
// (a file) goes up as it is read; one of unknown length in parts of
// PartSize, the only buffer held.
func (s *S3) Put(ctx context.Context, key string, r io.Reader) (int64, error) {
	name, err := s.object(key)
	if err != nil {
		return 0, err
	}
	size := int64(-1)
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			if off, err := f.Seek(0, io.SeekCurrent); err == nil {
				size = st.Size() - off
			}
		}
	}
	info, err := s.c.PutObject(ctx, s.bucket, name, ctxReader{ctx, r}, size, minio.PutObjectOptions{
		ContentType: "application/octet-stream", PartSize: s.partSize, DisableContentSha256: s.unsigned})
	if err != nil {
		return 0, fmt.Errorf("artifacts: write %s: %w", key, err)
	}
	return info.Size, nil
}

// Open implements Store. The object is read with ranged requests as the
// caller reads, seeks or reads at an offset; ctx bounds them all.
func (s *S3) Open(ctx context.Context, key string) (File, error) {
	name, err := s.object(key)
	if err != nil {
		return nil, err
	}
	obj, err := s.c.GetObject(ctx, s.bucket, name, minio.GetObjectOptions{})
	if err != nil {
		return nil, s.wrap(key, err)
	}
	if _, err := obj.Stat(); err != nil {
		obj.Close()
		return nil, s.wrap(key, err)
	}
	return obj, nil
}

// Size implements Store.
func (s *S3) Size(ctx context.Context, key string) (int64, error) {
	name, err := s.object(key)
	if err != nil {
		return 0, err
	}
	st, err := s.c.StatObject(ctx, s.bucket, name, minio.StatObjectOptions{})
	if err != nil {
		return 0, s.wrap(key, err)
	}
	return st.Size, nil
}

// Delete implements Store: the object key and every object under "key/",
// as Local removes a file or a directory.
func (s *S3) Delete(ctx context.Context, key string) error {
	name, err := s.object(strings.TrimSuffix(key, "/"))
	if err != nil {
		return err
	}
	if err := s.c.RemoveObject(ctx, s.bucket, name, minio.RemoveObjectOptions{}); err != nil && !isNotFound(err) {
		return fmt.Errorf("artifacts: delete %s: %w", key, err)
	}
	objs := make(chan minio.ObjectInfo)
	listCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var listErr error
	go func() {
		defer close(objs)
		for o := range s.c.ListObjects(listCtx, s.bucket, minio.ListObjectsOptions{Prefix: name + "/", Recursive: true}) {
			if o.Err != nil {
				listErr = o.Err
				return
			}
			select {
			case objs <- o:
			case <-listCtx.Done():
				return
			}
		}
	}()
	var errs []error
	for e := range s.c.RemoveObjects(ctx, s.bucket, objs, minio.RemoveObjectsOptions{}) {
		if e.Err != nil && !isNotFound(e.Err) {
			errs = append(errs, fmt.Errorf("%s: %w", e.ObjectName, e.Err))
		}
	}
	if listErr != nil {
		errs = append(errs, listErr)
	}
	if len(errs) > 0 {
		return fmt.Errorf("artifacts: delete %s: %w", key, errors.Join(errs...))
	}
	return nil
}

// Ping checks that the bucket answers (readiness).
func (s *S3) Ping(ctx context.Context) error {
	if _, err := s.c.BucketExists(ctx, s.bucket); err != nil {
		return fmt.Errorf("artifacts: bucket %s: %w", s.bucket, err)
	}
	return nil
}

// LocalPath implements Store: objects have no path on this host.
func (s *S3) LocalPath(string) (string, bool) { return "", false }

func (s *S3) wrap(key string, err error) error {
	if isNotFound(err) {
		return fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	return fmt.Errorf("artifacts: %s: %w", key, err)
}

func isNotFound(err error) bool {
	switch minio.ToErrorResponse(err).Code {
	case minio.NoSuchKey, "NotFound":
		return true
	}
	return false
}
