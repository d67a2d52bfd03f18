package docker

import "strings"

// Labels written on every container fnflow creates. The reconciler finds
// fnflow's containers by LabelManaged and decides by LabelOwner.
const (
	LabelManaged    = "fnflow.managed" // always "true"
	LabelProject    = "fnflow.project"
	LabelFunction   = "fnflow.function"
	LabelDeployment = "fnflow.deployment"
	LabelRole       = "fnflow.role"  // RoleRuntime or RoleBuild
	LabelOwner      = "fnflow.owner" // Options.InstanceID of the creating process
	LabelKey        = "fnflow.key"   // RuntimeSpec.Key of a runtime container
	LabelSpare      = "fnflow.spare" // "true" on a runtime container started as a spare
)

// Role is the purpose of a container.
type Role string

// Container roles.
const (
	RoleRuntime Role = "runtime"
	RoleBuild   Role = "build"
)

// Owner identifies what a container belongs to.
type Owner struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
}

// containerLabels merges the engine's extra labels with fnflow's own; the
// fnflow.* labels always win.
func containerLabels(extra map[string]string, instanceID string, role Role, o Owner, key string) map[string]string {
	l := make(map[string]string, len(extra)+7)
	for k, v := range extra {
		if !strings.HasPrefix(k, "fnflow.") {
			l[k] = v
		}
	}
	l[LabelManaged] = "true"
	l[LabelProject] = o.ProjectID
	l[LabelFunction] = o.FunctionID
	l[LabelDeployment] = o.DeploymentID
	l[LabelRole] = string(role)
	l[LabelOwner] = instanceID
	if key != "" {
		l[LabelKey] = key
	}
	return l
}

// containerName builds a readable, valid, unique container name such as
// fnflow-runtime-<deployment>-<random>.
func containerName(role Role, deploymentID, suffix string) string {
	var b strings.Builder
	for _, r := range deploymentID {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	dep := b.String()
	if len(dep) > 40 {
		dep = dep[:40]
	}
	return "fnflow-" + string(role) + "-" + dep + "-" + suffix
}
