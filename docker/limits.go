package docker

import (
	"fmt"
	"math"
)

// Resource limit rules. They are pure functions so the rules are table-tested
// apart from Docker.

const (
	// minMemoryMB is Docker's smallest accepted memory limit.
	minMemoryMB = 6
	// minNanoCPUs is Docker's smallest accepted CPU quota (0.01 CPU).
	minNanoCPUs = 10_000_000
	// defaultTmpfsMB sizes /tmp when the container has no memory limit.
	defaultTmpfsMB = 64
)

// memoryLimits returns HostConfig.Memory and MemorySwap for a limit in MB.
// Swap equals memory, so the container gets no swap at all and an allocation
// beyond the limit is OOM-killed instead of slowing the host down. 0 means
// no limit; a limit below Docker's minimum of 6 MB is an error.
func memoryLimits(mb int) (memory, memorySwap int64, err error) {
	switch {
	case mb < 0:
		return 0, 0, fmt.Errorf("docker: memory limit %d MB is negative", mb)
	case mb == 0:
		return 0, 0, nil
	case mb < minMemoryMB:
		return 0, 0, fmt.Errorf("docker: memory limit %d MB is below Docker's minimum of %d MB", mb, minMemoryMB)
	}
	b := int64(mb) << 20
	return b, b, nil
}

// nanoCPUs converts a CPU count (0.5 = half a core) to HostConfig.NanoCPUs.
// 0 or less means no limit. The result is clamped to [0.01 CPU, hostCPUs]:
// Docker refuses quotas above the host's CPU count, and a specification of
// 4 vCPUs on a 2-core host should still run, with 2.
func nanoCPUs(cpus float64, hostCPUs int) int64 {
	if cpus <= 0 || math.IsNaN(cpus) {
		return 0
	}
	if hostCPUs > 0 && cpus > float64(hostCPUs) {
		cpus = float64(hostCPUs)
	}
	n := int64(math.Round(cpus * 1e9))
	if n < minNanoCPUs {
		n = minNanoCPUs
	}
	return n
}

// tmpfsOptions returns the mount options of the /tmp tmpfs. Its size equals
// the memory limit (tmpfs pages are charged to the container's memory cgroup
// anyway, so the limit already bounds it; a full /tmp shows up as ENOSPC or
// an OOM kill, whichever comes first), or defaultTmpfsMB without a limit.
// Runtime containers get noexec; build containers may need to run what they
// compile in /tmp.
//
// Docker copies the image's /tmp directory mode onto the tmpfs, so the
// image's /tmp must be absent or 1777 for uid 65534 to write there; mode=1777
// covers the absent case.
func tmpfsOptions(memoryMB int, exec bool) string {
	size := memoryMB
	if size <= 0 {
		size = defaultTmpfsMB
	}
	x := "noexec"
	if exec {
		x = "exec"
	}
	return fmt.Sprintf("rw,nosuid,nodev,%s,size=%dm,mode=1777", x, size)
}
