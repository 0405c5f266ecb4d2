"""The actor knowledge base: countries, places, organisations, outlets, people and role words.

>>> from dashiji.kb import load_kb
>>> kb = load_kb()
>>> kb.holder("foreign_minister", "DEU", "2025-10-20").en
'Johann Wadephul'

The data lives in ``dashiji/data/kb/*.jsonl`` (schema and sources: ``SCHEMA.md``).
"""

from .load import load_kb, packaged_files
from .model import Entry, KBError, KnowledgeBase, Person, Role, ShortForm

__all__ = [
    "Entry",
    "KBError",
    "KnowledgeBase",
    "Person",
    "Role",
    "ShortForm",
    "load_kb",
    "packaged_files",
]
