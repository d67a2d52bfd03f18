from typing import Any, Dict, List, Optional, Union, cast
from pydantic import Field, PrivateAttr

from .base_model import AppwriteModel

class OAuth2X(AppwriteModel):
    """
    OAuth2X

    Attributes
    ----------
    id : str
        OAuth2 provider ID.
    enabled : bool
        OAuth2 provider is active and can be used to create sessions.
    customerkey : str
        X OAuth2 customer key.
    secretkey : str
        X OAuth2 secret key.
    """
    id: str = Field(..., alias='$id')
    enabled: bool = Field(..., alias='enabled')
    customerkey: str = Field(..., alias='customerKey')
    secretkey: str = Field(..., alias='secretKey')
