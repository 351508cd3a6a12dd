"""The store's tables (SQLAlchemy Core) and a small numbered-migration runner.

A migration is a function of an open connection; `MIGRATIONS[n - 1]` brings the schema from
version n - 1 to n. Each runs in its own transaction and records its number in
`schema_version`, so a database is always at one known version. Later migrations must alter
tables with explicit DDL: the `Table` objects below describe the latest version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.types import TypeEngine

from warcount.records import Deaths, Event

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), nullable=False),
    Column("text", Text, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("url", String(2048), nullable=True, unique=True),
    Column("outlet", String(512), nullable=True),
    Column("title", Text, nullable=True),
    Column("published", String(10), nullable=True),  # YYYY-MM-DD, as events' dates
    Column("read_at", DateTime, nullable=False),
)

_TYPES: dict[str, type[TypeEngine[Any]]] = {
    "str": Text, "str | None": Text, "int": Integer, "int | None": Integer,
    "float": Float, "float | None": Float, "bool": Boolean,
}
# Event fields stored as columns of their own; deaths is split, evidence has its own table.
EVENT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Event) if f.name not in ("deaths", "evidence")
)
DEATHS_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Deaths))


def _event_columns() -> list[Column[object]]:
    cols: list[Column[object]] = []
    for f in dataclasses.fields(Event):
        if f.name in ("deaths", "evidence"):
            continue
        kind = _TYPES[str(f.type)]
        if f.name == "event_id":
            cols.append(Column("event_id", String(64), primary_key=True))
        elif f.name in ("event_date", "country"):
            cols.append(Column(f.name, String(64), nullable=f.name == "event_date"))
        else:
            cols.append(Column(f.name, kind(), nullable="None" in str(f.type)))
    cols += [Column(f"deaths_{n}", Integer, nullable=False) for n in DEATHS_FIELDS]
    return cols


events = Table(
    "events", metadata,
    *_event_columns(),
    Column("n_sources", Integer, nullable=False, default=1),
    Column("first_document", Integer, ForeignKey("documents.id"), nullable=False),
    Column("country_key", String(64), nullable=False),  # lower-cased country, for the index
    Index("events_country_date", "country_key", "event_date"),
    Index("events_date", "event_date"),
    Index("events_lat_lon", "latitude", "longitude"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), ForeignKey("events.event_id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("field", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Index("evidence_event", "event_id", "document_id"),
)

event_reports = Table(
    "event_reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), ForeignKey("events.event_id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("report_event_id", String(64), nullable=False),  # the id this report gave it
    Column("role", String(16), nullable=False),  # "first" or "merged"
    Column("score", Float, nullable=True),
    Column("reason", Text, nullable=False),  # why merged, or why the best candidate was refused
    Column("report_event", Text, nullable=True),  # this report's own event, JSON (version 2)
    Index("event_reports_event", "event_id"),
    Index("event_reports_document", "document_id"),
)


def _v1_create_tables(conn: Connection) -> None:
    """Version 1: the four tables (created in their latest form on a new database)."""
    metadata.create_all(conn, tables=[documents, events, evidence, event_reports])


def _v2_report_events(conn: Connection) -> None:
    """Version 2: each link keeps its report's own event, so a merged event is recombined
    from all its reports (a later report's toll updates the record; see merge.combine_all).
    Databases made by version 1 lack the column."""
    if "report_event" not in {c["name"] for c in inspect(conn).get_columns("event_reports")}:
        conn.execute(text("ALTER TABLE event_reports ADD COLUMN report_event TEXT"))


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1_create_tables, _v2_report_events)
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The version a database is at (0 for an empty one)."""
    schema_version.create(conn, checkfirst=True)
    return int(conn.execute(select(func.coalesce(func.max(schema_version.c.version), 0)))
               .scalar_one())


def migrate(engine: Engine) -> int:
    """Apply the pending migrations, each in its own transaction; the version reached."""
    with engine.begin() as conn:
        version = current_version(conn)
    if version > LATEST:
        raise RuntimeError(f"database schema version {version} is newer than this warcount "
                           f"({LATEST}); upgrade warcount")
    for number in range(version + 1, LATEST + 1):
        with engine.begin() as conn:
            if current_version(conn) >= number:  # another process got there first
                continue
            MIGRATIONS[number - 1](conn)
            conn.execute(schema_version.insert().values(
                version=number, applied_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    return LATEST
