"""The embedded store: one SQLite file holding raw inputs, documents, spans and a search index.

See :mod:`dashiji.store.sqlite` for the layout, :mod:`dashiji.store.schema` for versions and
migrations, and :mod:`dashiji.store.search` for full-text search.
"""

from .schema import SCHEMA_VERSION
from .search import SearchHit, SearchResult
from .sqlite import Store, status_of

__all__ = ["Store", "SearchHit", "SearchResult", "SCHEMA_VERSION", "status_of"]
