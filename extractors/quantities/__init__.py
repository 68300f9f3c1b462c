"""Quantities: numbers with value, bounds, qualifier, unit and what they count.

The numbers themselves are found on the characters by ``extractors.numbers`` (spaCy splits
numerals inconsistently); this package decides which are quantities and reads their context:

1. exclusions (``exclusions``): a table of named rules, each with examples, for numbers that are
   no quantity: years, dates, times of day, ordinals, phone numbers, addresses, version and model
   names ("F-16", "COVID-19", "Formula One"), numbers inside names (spaCy NER), labels;
   ``explain_numbers`` says which rule excluded each number;
2. the unit (``units``): a currency before ("$", "US$", "€", "USD") or after ("yuan", "Swiss
   francs", "cents"), a percent, or a measurement unit normalised to its symbol ("km", "t", "°C");
3. the qualifier and ranges (``qualifiers``) from the words around ("about", "more than", "or
   more", "between X and Y");
4. from the parse (``context``): the counted item (the noun the number modifies, or the "of"
   object), whether the quantity is a change ("rose 5%") and whether it is hedged ("possibly").
Vague amounts ("several", "dozens") and orders of magnitude ("millions of") come from tokens
(``vague``). ``engine`` runs the steps.
"""

from __future__ import annotations

from extractors.quantities.engine import explain_numbers, extract_quantities

VERSION = 3

__all__ = ["VERSION", "explain_numbers", "extract_quantities"]
