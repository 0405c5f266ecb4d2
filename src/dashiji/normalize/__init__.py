"""Normalisation: script detection, the simplified analysis view, sentence splitting."""

from __future__ import annotations

from ..model import Document, Span
from ..steps import DocumentStep
from .script import detect_script, to_simplified, to_traditional
from .sentences import split_sentences
from .view import AnalysisView, fold_width

__all__ = [
    "AnalysisView",
    "Normalize",
    "detect_script",
    "fold_width",
    "split_sentences",
    "to_simplified",
    "to_traditional",
]


class Normalize(DocumentStep):
    """Set the article's script and add one ``sentence`` span per sentence of each block.

    Each sentence span carries the kind of block it stands in (``attrs["part"]``: body, caption
    or title), so later layers know a photo caption from the body.
    """

    name = "normalize"

    def process(self, doc: Document) -> Document:
        if doc.article is None:
            return doc
        doc.article.script = detect_script(doc.text)
        doc.spans = [s for s in doc.spans if s.layer != "sentence"]
        for block in doc.article.blocks:
            for a, b in split_sentences(doc.text, block.start, block.end):
                doc.spans.append(Span("sentence", a, b, attrs={"part": block.kind}))
        return doc
