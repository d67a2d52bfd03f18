package artifacts

import "strconv"

// The key layout of a deployment's artifacts: everything of a deployment is
// under DeploymentPrefix, so deleting that prefix removes it all.
//
//	<project>/<deployment>/source.tar.gz   the uploaded source
//	<project>/<deployment>/output.tar.gz   the build output
//	<project>/<deployment>/chunks/<n>      chunks of an upload in progress

// DeploymentPrefix is the artifact prefix holding everything of a deployment.
func DeploymentPrefix(projectID, deploymentID string) string {
	return projectID + "/" + deploymentID + "/"
}

// SourceKey is the artifact key of a deployment's uploaded source.
func SourceKey(projectID, deploymentID string) string {
	return DeploymentPrefix(projectID, deploymentID) + "source.tar.gz"
}

// OutputKey is the artifact key of a ready deployment's build output.
func OutputKey(projectID, deploymentID string) string {
	return DeploymentPrefix(projectID, deploymentID) + "output.tar.gz"
}

// ChunksPrefix is the prefix of a chunked upload's chunks (ChunkKey).
func ChunksPrefix(projectID, deploymentID string) string {
	return DeploymentPrefix(projectID, deploymentID) + "chunks"
}

// ChunkKey is the artifact key of one chunk of a chunked upload.
func ChunkKey(projectID, deploymentID string, index int) string {
	return ChunksPrefix(projectID, deploymentID) + "/" + strconv.Itoa(index)
}
