from enum import StrEnum


class OffsetUnit(StrEnum):
    CODEPOINT = "codepoint"
    UTF16 = "utf16"
    UTF8 = "utf8"

    def __str__(self) -> str:
        return str(self.value)
