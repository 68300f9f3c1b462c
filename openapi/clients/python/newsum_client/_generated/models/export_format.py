from enum import StrEnum


class ExportFormat(StrEnum):
    DISPLACY = "displacy"
    JSON = "json"
    NINJS = "ninjs"

    def __str__(self) -> str:
        return str(self.value)
