package docker

import "testing"

func TestMemoryLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		mb         int
		mem, swap  int64
		wantErrMsg bool
	}{
		{mb: 0},
		{mb: 6, mem: 6 << 20, swap: 6 << 20},
		{mb: 512, mem: 512 << 20, swap: 512 << 20},
		{mb: 8192, mem: 8192 << 20, swap: 8192 << 20},
		{mb: 5, wantErrMsg: true},
		{mb: -1, wantErrMsg: true},
	}
	for _, tt := range tests {
		mem, swap, err := memoryLimits(tt.mb)
		if (err != nil) != tt.wantErrMsg {
			t.Errorf("memoryLimits(%d) error = %v, want error %v", tt.mb, err, tt.wantErrMsg)
			continue
		}
		if mem != tt.mem || swap != tt.swap {
			t.Errorf("memoryLimits(%d) = %d, %d; want %d, %d", tt.mb, mem, swap, tt.mem, tt.swap)
		}
	}
}

func TestNanoCPUs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		cpus  float64
		host  int
		nanos int64
	}{
		{cpus: 0, host: 2, nanos: 0},
		{cpus: -1, host: 2, nanos: 0},
		{cpus: 0.5, host: 2, nanos: 500_000_000},
		{cpus: 1, host: 2, nanos: 1_000_000_000},
		{cpus: 4, host: 2, nanos: 2_000_000_000},  // clamped to the host
		{cpus: 4, host: 0, nanos: 4_000_000_000},  // host unknown: no clamp
		{cpus: 0.001, host: 2, nanos: 10_000_000}, // Docker's minimum
		{cpus: 1.25, host: 8, nanos: 1_250_000_000},
	}
	for _, tt := range tests {
		if got := nanoCPUs(tt.cpus, tt.host); got != tt.nanos {
			t.Errorf("nanoCPUs(%v, %d) = %d, want %d", tt.cpus, tt.host, got, tt.nanos)
		}
	}
}

func TestTmpfsOptions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		mb   int
		exec bool
		want string
	}{
		{mb: 0, want: "rw,nosuid,nodev,noexec,size=64m,mode=1777"},
		{mb: 128, want: "rw,nosuid,nodev,noexec,size=128m,mode=1777"},
		{mb: 2048, exec: true, want: "rw,nosuid,nodev,exec,size=2048m,mode=1777"},
	}
	for _, tt := range tests {
		if got := tmpfsOptions(tt.mb, tt.exec); got != tt.want {
			t.Errorf("tmpfsOptions(%d, %v) = %q, want %q", tt.mb, tt.exec, got, tt.want)
		}
	}
}
