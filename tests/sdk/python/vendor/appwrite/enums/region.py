from enum import Enum

class Region(Enum):
    FRA = "fra"
    NYC = "nyc"
    SYD = "syd"
    SFO = "sfo"
    SGP = "sgp"
    TOR = "tor"
