from enum import Enum

class ProxyResourceType(Enum):
    SITE = "site"
    FUNCTION = "function"
