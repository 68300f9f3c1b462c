from enum import StrEnum


class PublishedFrom(StrEnum):
    DATELINE = "dateline"
    REQUEST = "request"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
