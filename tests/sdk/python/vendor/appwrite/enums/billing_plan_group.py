from enum import Enum

class BillingPlanGroup(Enum):
    STARTER = "starter"
    PRO = "pro"
    SCALE = "scale"
