// Package templates is fnflow's catalogue of function templates: the
// starter code behind GET /v1/functions/templates,
// POST …/deployments/template and `fnflow init --template`. Everything is
// embedded in the binary; nothing is fetched.
//
// Layout (mirrors Appwrite's templates repository, <family>/<template>):
//
//	meta/<templateId>.json            what the API lists (name, tagline, useCases, cron, …)
//	code/<family>/<templateId>/       the code for one runtime family (node, python, …)
//	code/<family>/<templateId>/_build.json  {"entrypoint": …, "commands": …} (not part of the code)
//
// A template offers every installed runtime whose family has a code
// directory for it: adding a runtime family means adding its directories.
package templates
