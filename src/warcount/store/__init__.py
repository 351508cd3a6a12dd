"""The event store: SQLite by default, PostgreSQL by URL, through SQLAlchemy Core.

    import warcount.store
    store = warcount.store.open()             # $WARCOUNT_DB, else SQLite in the data folder
    store.events(country="Syria", since="2017-10-01", until="2017-10-31")
    store.dataframe(min_fatalities=10)
"""

from warcount.store.db import AddResult, Report, Store, content_hash, default_url, open_store
from warcount.store.rows import EventFilter

open = open_store  # noqa: A001  (the documented entry point: warcount.store.open(url))

__all__ = ["AddResult", "EventFilter", "Report", "Store", "content_hash", "default_url", "open",
           "open_store"]
