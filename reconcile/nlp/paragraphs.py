"""A paragraph break always ends a sentence.

The parser sometimes runs a headline into the first sentence, or a closing quote into the next paragraph's
opening words; both would pair a quote with a cue from another paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("reconcile_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
        elif "\n" in previous.whitespace_ and not token.is_space:
            token.is_sent_start = True
    return doc
