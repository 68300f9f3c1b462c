from enum import StrEnum


class ActorType(StrEnum):
    GROUP = "group"
    LOCATION = "location"
    ORGANIZATION = "organization"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
