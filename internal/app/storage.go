package app

import (
	"context"
	"time"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
)

// openArtifacts opens storage.driver's artifact store: the local directory
// (the embedded default) or an S3-compatible bucket.
func openArtifacts(ctx context.Context, cfg config.Storage) (artifacts.Store, error) {
	if cfg.Driver != "s3" {
		return artifacts.NewLocal(cfg.Dir)
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	s3 := cfg.S3
	return artifacts.NewS3(ctx, artifacts.S3Options{Endpoint: s3.Endpoint, Bucket: s3.Bucket, Region: s3.Region,
		Prefix: s3.Prefix, AccessKey: s3.AccessKey, SecretKey: s3.SecretKey, Insecure: s3.Insecure, PathStyle: s3.PathStyle,
		UnsignedPayload: s3.UnsignedPayload})
}
