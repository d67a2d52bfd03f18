from enum import Enum

class ProxyRuleDeploymentResourceType(Enum):
    FUNCTION = "function"
    SITE = "site"
