from enum import Enum

class OrderBy(Enum):
    ASC = "asc"
    DESC = "desc"
