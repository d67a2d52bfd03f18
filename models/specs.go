package models

import "fmt"

// Specification is a machine size for builds and executions.
type Specification struct {
	Slug   string
	Memory int     // MB
	CPUs   float64 // cores
}

// Specifications lists the slugs Appwrite knows, smallest first.
var Specifications = []Specification{
	{"s-0.5vcpu-512mb", 512, 0.5},
	{"s-1vcpu-512mb", 512, 1},
	{"s-1vcpu-1gb", 1024, 1},
	{"s-2vcpu-2gb", 2048, 2},
	{"s-2vcpu-4gb", 4096, 2},
	{"s-4vcpu-4gb", 4096, 4},
	{"s-4vcpu-8gb", 8192, 4},
	{"s-8vcpu-4gb", 4096, 8},
	{"s-8vcpu-8gb", 8192, 8},
}

// SpecificationsWithin returns the slugs that fit in the given CPU and memory limits.
func SpecificationsWithin(maxCPUs float64, maxMemoryMB int) []Specification {
	var out []Specification
	for _, s := range Specifications {
		if s.CPUs <= maxCPUs && s.Memory <= maxMemoryMB {
			out = append(out, s)
		}
	}
	return out
}

// LookupSpecification finds a slug among all known specifications.
func LookupSpecification(slug string) (Specification, error) {
	for _, s := range Specifications {
		if s.Slug == slug {
			return s, nil
		}
	}
	return Specification{}, fmt.Errorf("unknown specification %q", slug)
}
