export enum OrganizationKeyScopes {
    ProjectsRead = 'projects.read',
    ProjectsWrite = 'projects.write',
    DevKeysRead = 'devKeys.read',
    DevKeysWrite = 'devKeys.write',
    OrganizationKeysRead = 'organization.keys.read',
    OrganizationKeysWrite = 'organization.keys.write',
    DomainsRead = 'domains.read',
    DomainsWrite = 'domains.write',
    KeysRead = 'keys.read',
    KeysWrite = 'keys.write',
}