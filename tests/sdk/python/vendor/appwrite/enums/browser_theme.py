from enum import Enum

class BrowserTheme(Enum):
    LIGHT = "light"
    DARK = "dark"
