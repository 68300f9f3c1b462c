"""Step 2d of `who`: a company's stock listing in brackets after its name.

"built by Boeing (NYSE:BA) and Lockheed Martin (NYSE: LMT)": the ticker is the company named
right before the brackets (one actor, never a second one called "BA"), the company is a body
whatever type the NER gave it (it took "Lockheed Martin" for a person), and the exchange named
only inside such listings is no actor of the story. Exchanges: STOCK_EXCHANGES.
"""

from __future__ import annotations

import re

from extractors.lexicons.names import STOCK_EXCHANGES
from extractors.who.state import WhoState, drop

_EXCHANGES = "|".join(sorted(STOCK_EXCHANGES, key=len, reverse=True))
_LISTING = re.compile(r"\(\s*(?P<exchange>" + _EXCHANGES + r")\s*:\s*(?P<ticker>[A-Z][A-Z.]{0,5})\s*\)", re.IGNORECASE)


def merge_listings(st: WhoState) -> None:
    """ "Boeing (NYSE:BA)": the ticker's actor joins the company's, the exchange's mention in the
    brackets goes (and the exchange with it when that was all)."""
    doc = st.doc
    listings = list(_LISTING.finditer(st.text))
    if not listings:
        return  # (most articles: no token table to build)
    start = {t.idx: t.i for t in doc}
    listed: set[int] = set()  # tokens of the exchange inside listings
    for found in listings:
        bracket = start.get(found.start())
        exchange_at = start.get(found.start("exchange"))
        if exchange_at is not None:
            listed.add(exchange_at)
        if bracket is None or bracket == 0:
            continue
        company = st.owner.get(bracket - 1)
        if company is None or company not in st.clusters:
            continue
        st.clusters[company].kind = "organization"
        ticker_at = start.get(found.start("ticker"))
        ticker = st.owner.get(ticker_at) if ticker_at is not None else None
        if ticker is not None and ticker != company and ticker in st.clusters:
            st.merge_into(ticker, company, name=st.clusters[company].name)
    for key in {st.owner[i] for i in listed if i in st.owner}:
        cluster = st.clusters.get(key)
        if cluster is None:
            continue
        cluster.mentions = [m for m in cluster.mentions if m.first not in listed]
        if not cluster.mentions:
            drop(st, key)
        else:
            for i in listed:
                if st.owner.get(i) == key:
                    del st.owner[i]
