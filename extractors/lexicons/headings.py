"""Words that tell a heading block a text opens with (extractors/heading.py): section markers and title case."""

from __future__ import annotations

# Paragraphs that mark a section of a syndicated copy under its heading (extractors/heading.py): a
# database's "ABSTRACT." / "FULL TEXT." (ProQuest copies of the NYT), a newsletter's "TOP STORIES.".
SECTION_MARKERS = frozenset({"abstract", "full text", "top stories", "summary", "highlights", "lead", "text"})

# Short words a title-case heading may leave in lower case ("Mayor to Visit Avonport"; extractors/heading.py).
TITLE_CASE_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "the", "to"}
    | {"vs", "via", "with"}
)
