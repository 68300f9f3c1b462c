from enum import StrEnum


class SourceType(StrEnum):
    AGENCY = "agency"
    DOCUMENT = "document"
    ORGANIZATION = "organization"
    PERSON = "person"
    UNNAMED = "unnamed"

    def __str__(self) -> str:
        return str(self.value)
