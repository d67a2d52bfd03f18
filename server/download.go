package server

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/models"
)

var rangeRE = regexp.MustCompile(`^bytes=(\d*)-(\d*)$`)

// parseRange reads a single-range Range header against size.
func parseRange(h string, size int64) (start, end int64, ok bool) {
	m := rangeRE.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil || (m[1] == "" && m[2] == "") || size == 0 {
		return 0, 0, false
	}
	if m[1] == "" { // suffix: the last N bytes
		n, err := strconv.ParseInt(m[2], 10, 64)
		if err != nil || n == 0 {
			return 0, 0, false
		}
		return max(0, size-n), size - 1, true
	}
	start, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || start >= size {
		return 0, 0, false
	}
	end = size - 1
	if m[2] != "" {
		if end, err = strconv.ParseInt(m[2], 10, 64); err != nil || end < start {
			return 0, 0, false
		}
		end = min(end, size-1)
	}
	return start, end, true
}

type sectionFile struct {
	io.Reader
	io.Closer
}

func (s *Server) downloadDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	_, d, err := s.loadDeployment(c)
	if err != nil {
		return err
	}
	typ := c.Query("type", "source")
	if ver := c.Get("x-appwrite-response-format"); ver != "" && versionBefore(ver, "1.7.0") {
		typ = "output"
	}
	key := d.SourcePath
	switch typ {
	case "source":
	case "output":
		key = d.OutputPath
	default:
		return invalid("type", "Value must be one of (source, output)")
	}
	notFound := models.Errorf(models.CodeDeploymentNotFound, "Deployment file could not be found.")
	if key == "" {
		return notFound
	}
	file, err := s.arts.Open(ctx, key)
	if errors.Is(err, artifacts.ErrNotFound) {
		return notFound
	}
	if err != nil {
		return err
	}
	size, err := file.Seek(0, io.SeekEnd)
	if err != nil {
		file.Close()
		return fmt.Errorf("download: %w", err)
	}
	c.Set(fiber.HeaderContentType, "application/gzip")
	c.Set(fiber.HeaderContentDisposition, fmt.Sprintf(`attachment; filename="%s-%s.tar.gz"`, d.ID, typ))
	c.Set(fiber.HeaderCacheControl, "private, max-age=3888000") // as Appwrite's download
	c.Set(fiber.HeaderAcceptRanges, "bytes")
	start, end := int64(0), size-1
	if h := c.Get(fiber.HeaderRange); h != "" {
		var ok bool
		if start, end, ok = parseRange(h, size); !ok {
			file.Close()
			c.Set(fiber.HeaderContentRange, fmt.Sprintf("bytes */%d", size))
			return models.Errorf(models.CodeStorageInvalidRange, "The requested range is not satisfiable.")
		}
		c.Status(fiber.StatusPartialContent)
		c.Set(fiber.HeaderContentRange, fmt.Sprintf("bytes %d-%d/%d", start, end, size))
	}
	n := end - start + 1
	return c.SendStream(sectionFile{io.NewSectionReader(file, start, n), file}, int(n))
}

// versionBefore compares dotted versions ("1.6.2" < "1.7.0").
func versionBefore(v, than string) bool {
	a, b := strings.Split(v, "."), strings.Split(than, ".")
	for i := 0; i < len(b); i++ {
		var x, y int
		if i < len(a) {
			x, _ = strconv.Atoi(a[i])
		}
		y, _ = strconv.Atoi(b[i])
		if x != y {
			return x < y
		}
	}
	return false
}
