from enum import StrEnum


class DateType(StrEnum):
    DATE = "DATE"
    DURATION = "DURATION"
    SET = "SET"
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
