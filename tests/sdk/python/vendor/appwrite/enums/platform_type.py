from enum import Enum

class PlatformType(Enum):
    WINDOWS = "windows"
    APPLE = "apple"
    ANDROID = "android"
    LINUX = "linux"
    WEB = "web"
