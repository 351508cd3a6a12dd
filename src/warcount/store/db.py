"""The store: documents, events, their evidence and the reports merged into each event.

SQLite by default (`$WARCOUNT_DATA/warcount.db`), any PostgreSQL by URL. Every document is
written in one transaction with its events, evidence and links, so a killed run leaves no
half-written document and a re-run adds only what is missing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, Engine, and_, create_engine, event, exc, func, or_, select
from sqlalchemy.pool import StaticPool

from warcount.records import Document, Event, Evidence
from warcount.store import schema
from warcount.store.rows import (
    EventFilter,
    country_key,
    event_json,
    event_row,
    json_event,
    row_event,
)
from warcount.store.schema import documents, event_reports, events, evidence

if TYPE_CHECKING:
    import pandas

DB_NAME = "warcount.db"
_CHUNK = 500
_LOOSE_DAYS = 32  # a month and a day: the widest slack merge.compare gives


class Decision(Protocol):
    """What `merge.compare` returns (see warcount.merge.MergeDecision)."""

    @property
    def same(self) -> bool: ...
    @property
    def score(self) -> float: ...
    @property
    def reason(self) -> str: ...


Compare = Callable[[Event, Event], Decision]
Combine = Callable[[Event, Event], Event]


@dataclass(frozen=True)
class AddResult:
    """What storing one document did."""

    status: str  # "new" or "skipped" (same content or same URL already stored)
    events_new: int = 0
    events_merged: int = 0


@dataclass(frozen=True)
class Report:
    """One report (document) behind a stored event, and why it was linked."""

    doc_id: str
    url: str | None
    outlet: str | None
    published: str | None
    role: str  # "first" or "merged"
    score: float | None
    reason: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_url() -> str:
    """`$WARCOUNT_DB`, else SQLite at `$WARCOUNT_DATA/warcount.db` (or ~/.local/share/warcount)."""
    if env := os.environ.get("WARCOUNT_DB"):
        return env
    base = os.environ.get("WARCOUNT_DATA")
    root = Path(base) if base else Path.home() / ".local" / "share" / "warcount"
    return f"sqlite:///{root / DB_NAME}"


def normalise_url(url: str) -> str:
    """A bare path is a SQLite file; postgresql:// goes through psycopg (version 3)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`, `$WARCOUNT_DB` or the default."""
    return Store(normalise_url(url or default_url()))


class Store:
    """One database. `compare`/`combine` default to warcount.merge's; tests may pass others."""

    def __init__(self, url: str, *, compare: Compare | None = None,
                 combine: Combine | None = None) -> None:
        self.url = url
        self.engine = _engine(url)
        self._compare = compare
        self._combine = combine
        schema.migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def known(self, doc: Document) -> bool:
        """This document (same content, or same URL) is already stored."""
        with self.engine.connect() as conn:
            return _find_document(conn, content_hash(doc.text), doc.url) is not None

    def add_document(self, doc: Document, found: Sequence[Event],
                     *, read_at: dt.datetime | None = None) -> AddResult:
        """Store a document and its events in one transaction, merging reports of one event."""
        sha = content_hash(doc.text)
        try:
            with self.engine.begin() as conn:
                if _find_document(conn, sha, doc.url) is not None:
                    return AddResult("skipped")
                doc_pk = conn.execute(documents.insert().values(
                    doc_id=doc.id, text=doc.text, sha256=sha, url=doc.url, outlet=doc.source,
                    title=doc.title, published=doc.published.isoformat() if doc.published else None,
                    read_at=read_at or dt.datetime.now(dt.UTC).replace(tzinfo=None),
                )).inserted_primary_key[0]  # type: ignore[index]
                merged = sum(self._add_event(conn, int(doc_pk), sha, e, doc.published)
                             for e in found)
        except exc.IntegrityError:
            # Another process stored the same document between our check and our insert.
            with self.engine.connect() as conn:
                if _find_document(conn, sha, doc.url) is not None:
                    return AddResult("skipped")
            raise
        return AddResult("new", events_new=len(found) - merged, events_merged=merged)

    def _add_event(self, conn: Connection, doc_pk: int, sha: str, e: Event,
                   published: dt.date | None) -> bool:
        """Merge `e` into the best matching stored event, else insert it; True when merged.
        A merged event is recombined from all its reports (merge.combine_all), so a later
        report's toll updates it in place; its event_id stays."""
        compare, combine = self._merge_functions()
        same: tuple[Event, Decision] | None = None
        refused: tuple[Event, Decision] | None = None
        for cand in _candidates(conn, e, doc_pk):
            # Two stored documents may share a doc_id (two folders' "report.txt"); they are
            # still two documents, which is what compare's same-document rule checks.
            other = e if cand.doc_id != e.doc_id else replace(e, doc_id=f"{e.doc_id}#{sha}")
            d = compare(cand, other)
            if d.same and (same is None or d.score > same[1].score):
                same = (cand, d)
            elif not d.same and (refused is None or d.score > refused[1].score):
                refused = (cand, d)
        if same is not None:
            kept, d = same
            earlier = None if self._combine is not None else _report_events(conn, kept.event_id)
            if earlier is None:  # a custom combine, or links stored without their reports
                combined = combine(kept, e)
            else:
                from warcount.merge import combine_all

                combined = combine_all([*earlier[0], e], [*earlier[1], published])
            combined = replace(combined, event_id=kept.event_id)
            row = event_row(combined)
            conn.execute(events.update().where(events.c.event_id == kept.event_id).values(
                **row, n_sources=events.c.n_sources + 1))
            _insert_links(conn, kept.event_id, doc_pk, e, "merged", d.score,
                          f"merged: {d.reason}")
            return True
        event_id = e.event_id
        if conn.execute(select(events.c.event_id).where(events.c.event_id == event_id)).first():
            # Another document gave the same id (same doc_id and fields): make it its own.
            event_id = hashlib.sha1(f"{event_id}|{sha}".encode()).hexdigest()[:16]
        conn.execute(events.insert().values(**event_row(replace(e, event_id=event_id)),
                                            n_sources=1, first_document=doc_pk))
        if refused is None:
            why, score = "new: no event of another report within a day in the same country", None
        else:
            why = f"new: best candidate {refused[0].event_id} refused: {refused[1].reason}"
            score = refused[1].score
        _insert_links(conn, event_id, doc_pk, e, "first", score, why)
        return False

    def _merge_functions(self) -> tuple[Compare, Combine]:
        from warcount import merge

        return self._compare or merge.compare, self._combine or merge.combine

    # --- reading -------------------------------------------------------------------------

    def events(self, *, limit: int | None = None, **filters: Any) -> list[Event]:
        """Stored events matching the filters (see EventFilter), by date then id, with the
        evidence of their first report."""
        query = (select(events).where(*EventFilter(**filters).conditions())
                 .order_by(events.c.event_date, events.c.event_id).limit(limit))
        with self.engine.connect() as conn:
            rows = [r._mapping for r in conn.execute(query)]
            found = _evidence_of(conn, [r["event_id"] for r in rows])
        return [row_event(r, found.get(r["event_id"], ())) for r in rows]

    def dataframe(self, *, limit: int | None = None, **filters: Any) -> pandas.DataFrame:
        """The same selection as `events` as a pandas DataFrame, one row an event (deaths
        split into deaths_* columns, n_sources added, evidence left out)."""
        import pandas as pd

        cols = [c for c in events.c if c.name not in ("first_document", "country_key")]
        query = (select(*cols).where(*EventFilter(**filters).conditions())
                 .order_by(events.c.event_date, events.c.event_id).limit(limit))
        with self.engine.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def reports(self, event_id: str) -> list[Report]:
        """The documents behind one event, first report first."""
        query = (select(documents.c.doc_id, documents.c.url, documents.c.outlet,
                        documents.c.published, event_reports.c.role, event_reports.c.score,
                        event_reports.c.reason)
                 .join(documents, documents.c.id == event_reports.c.document_id)
                 .where(event_reports.c.event_id == event_id).order_by(event_reports.c.id))
        with self.engine.connect() as conn:
            return [Report(*r) for r in conn.execute(query)]

    def n_sources(self, event_ids: Iterable[str]) -> dict[str, int]:
        """How many reports each of these stored events has."""
        ids = list(event_ids)
        found: dict[str, int] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(ids), _CHUNK):
                query = select(events.c.event_id, events.c.n_sources).where(
                    events.c.event_id.in_(ids[i:i + _CHUNK]))
                found.update({r.event_id: int(r.n_sources) for r in conn.execute(query)})
        return found

    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                    for t in (documents, events, evidence, event_reports)}


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if not memory:
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, poolclass=StaticPool if memory else None,
                           connect_args={"check_same_thread": False, "timeout": 60})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not memory:  # concurrent readers while ingest writes; safe against a killed writer
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


def _find_document(conn: Connection, sha: str, url: str | None) -> int | None:
    cond = documents.c.sha256 == sha
    if url:
        cond = cond | (documents.c.url == url)
    row = conn.execute(select(documents.c.id).where(cond).limit(1)).first()
    return None if row is None else int(row[0])


def _candidates(conn: Connection, e: Event, doc_pk: int) -> list[Event]:
    """Stored events of other documents in the same country within a day of `e`; within a
    month when either side is dated only to the week or month (compare decides)."""
    if not e.event_date or not e.country:
        return []
    try:
        day = dt.date.fromisoformat(e.event_date[:10])
    except ValueError:
        return []
    near, far = dt.timedelta(days=1), dt.timedelta(days=_LOOSE_DAYS)
    c = events.c
    window = (c.event_date.between((day - far).isoformat(), (day + far).isoformat())
              if e.time_precision > 1 else or_(
                  c.event_date.between((day - near).isoformat(), (day + near).isoformat()),
                  and_(c.time_precision > 1,
                       c.event_date.between((day - far).isoformat(), (day + far).isoformat()))))
    linked = select(event_reports.c.event_id).where(event_reports.c.document_id == doc_pk)
    query = (select(events).where(c.country_key == country_key(e.country), window,
                                  c.event_id.not_in(linked)).order_by(c.event_id))
    return [row_event(r._mapping) for r in conn.execute(query)]


def _insert_links(conn: Connection, event_id: str, doc_pk: int, e: Event, role: str,
                  score: float | None, reason: str) -> None:
    conn.execute(event_reports.insert().values(
        event_id=event_id, document_id=doc_pk, report_event_id=e.event_id, role=role,
        score=score, reason=reason, report_event=event_json(e)))
    if e.evidence:
        conn.execute(evidence.insert(), [
            {"event_id": event_id, "document_id": doc_pk, "field": ev.field, "text": ev.text,
             "start_char": ev.start, "end_char": ev.end, "reason": ev.reason}
            for ev in e.evidence])


def _report_events(conn: Connection, event_id: str
                   ) -> tuple[list[Event], list[dt.date | None]] | None:
    """Each report's own event behind a stored event, first report first, with its
    publication day; None when a link lacks its report (stored by schema version 1)."""
    query = (select(event_reports.c.report_event, documents.c.published)
             .join(documents, documents.c.id == event_reports.c.document_id)
             .where(event_reports.c.event_id == event_id).order_by(event_reports.c.id))
    found: list[Event] = []
    days: list[dt.date | None] = []
    for report, published in conn.execute(query):
        if report is None:
            return None
        found.append(json_event(report))
        days.append(dt.date.fromisoformat(published) if published else None)
    return found, days


def _evidence_of(conn: Connection, event_ids: Iterable[str]) -> dict[str, list[Evidence]]:
    """Each event's evidence from its first report (offsets into that document's text)."""
    ids = list(event_ids)
    found: dict[str, list[Evidence]] = {}
    for i in range(0, len(ids), _CHUNK):
        query = (select(evidence).join(events, and_(
            evidence.c.event_id == events.c.event_id,
            evidence.c.document_id == events.c.first_document))
            .where(evidence.c.event_id.in_(ids[i:i + _CHUNK])).order_by(evidence.c.id))
        for r in conn.execute(query):
            found.setdefault(r.event_id, []).append(
                Evidence(r.field, r.text, r.start_char, r.end_char, r.reason))
    return found
