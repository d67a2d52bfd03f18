from enum import Enum

class ProjectSMTPSecure(Enum):
    TLS = "tls"
    SSL = "ssl"
