from enum import Enum

class ImageFormat(Enum):
    JPG = "jpg"
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    HEIC = "heic"
    AVIF = "avif"
    GIF = "gif"
