"""entente — political event data from Python.

The front of the package; the work is done by the compiled module
entente._native (python/native/, pybind11), which calls the C++ library:

    import entente
    events = entente.code(["Russia annexed Crimea in 2014."], date="2021-02-16")
    rows = entente.read_store("events.db", dyad="USA:IGOWSTNAT", modality="done")
    df = entente.read_dataframe("events.db", type="04")   # pandas (python3-pandas)
    df = entente.to_dataframe(events)                     # nested fields as "source.actor"…
    rows = entente.read_export("events.csv")              # `entente export` output (csv/jsonl)

`code` returns the records of `entente code --format jsonl`
(doc/formats/events.md); `read_store` the rows of `entente export`
(doc/formats/export.md) of a SQLite file or a postgresql:// URL. Errors
raise EntenteError with the library's message; records that are repaired
or skipped give an EntenteWarning each ("texts:3: error: empty text…").
Build: PYTHONPATH=build/python after scripts/build.sh (doc/api.md, "Python").
"""

import csv
import json
import os
import threading

from . import _native

__all__ = ["code", "Coder", "provenance", "read_store", "read_dataframe", "read_export", "to_dataframe",
           "EntenteError", "EntenteWarning", "COLUMNS", "SCHEMA_VERSION"]

EntenteError = _native.EntenteError
EntenteWarning = _native.EntenteWarning
Coder = _native.Coder
# The columns of `entente export` (and the keys of read_store's rows), in order.
COLUMNS = list(_native.EXPORT_COLUMNS)
# The store schema version this build reads.
SCHEMA_VERSION = _native.STORE_SCHEMA_VERSION

# Typed columns, wherever they appear (export rows and event records).
_INTS = {"event_id", "quad", "reports", "documents", "sources", "sent"}
_FLOATS = {"goldstein", "location_lat", "location_lon", "confidence"}
_BOOLS = {"negated", "location_from_dateline"}
_DATES = {"date", "published"}

_default_coder = None
_default_lock = threading.Lock()


def _coder():
    # Loading the models takes seconds: the default pipeline is loaded once,
    # on first use, and shared (it is immutable and thread-safe).
    global _default_coder
    with _default_lock:
        if _default_coder is None:
            _default_coder = Coder()
        return _default_coder


def code(texts, date=None, *, threads=0, errors="warn", coder=None):
    """The event records of `texts`, in order: one dict per event, the fields
    of the JSON Lines output. Each text is a str (or bytes), or a dict with
    "text" and optionally "id", "date", "title", "url", "publisher";
    documents without an id are named by position ("0", "1", …). `date`
    ("YYYY-MM-DD" or a date) applies to texts without one. `errors`: "warn"
    (a record the library skips or repairs gives an EntenteWarning), "raise"
    (a skipped record raises EntenteError before anything is coded) or
    "ignore". `coder`: an entente.Coder (other models, `why=True`…); by
    default the shipped models, loaded once."""
    return (coder or _coder()).code(texts, date=date, threads=threads, errors=errors)


def provenance():
    """What the default coder is: {"version", "model", "dictionaries",
    "stamp"} (the entente version and the fingerprints of the loaded models
    and dictionaries, as in every record's provenance fields)."""
    return _coder().provenance


def read_store(location, *, dyad=None, actor=None, type=None, modality=None, date_from=None,
               date_to=None, undirected=False, location_country=None, location_region=None,
               min_confidence=None):
    """One dict per deduplicated event (cluster) of the store at `location`
    (a SQLite file or a postgresql:// URL), newest first, with COLUMNS as
    keys (empty fields None), filtered like `entente export`: dyad
    "SRC:TGT", actor (either side), type (CAMEO prefix "04" or PLOVER type),
    modality (done, intended, demanded, hypothetical, all), first/last
    event date "YYYY-MM-DD", where the event happened (location_country
    "SYR", location_region "SY-02"), min_confidence (only events whose
    first report's confidence is at least it; events without one are then
    left out). Unknown codes raise EntenteError with near codes."""
    return _native.read_store(os.fspath(location), dyad=dyad or "", undirected=bool(undirected),
                              actor=actor or "", type=type or "", modality=modality or "",
                              date_from=date_from or "", date_to=date_to or "",
                              location_country=location_country or "",
                              location_region=location_region or "",
                              min_confidence=None if min_confidence is None else float(min_confidence))


def read_dataframe(location, **filters):
    """read_store() as a pandas DataFrame with COLUMNS, typed (to_dataframe)."""
    return to_dataframe(read_store(location, **filters), columns=COLUMNS)


def read_export(path):
    """The rows of an `entente export` file (csv or jsonl, by content),
    typed as read_store() types them (empty fields None)."""
    with open(path, encoding="utf-8", newline="") as f:
        first = f.read(1)
        f.seek(0)
        if first == "{":
            return [json.loads(line) for line in f if line.strip()]
        out = []
        for rec in csv.DictReader(f):
            for k, v in rec.items():
                if k in _INTS:
                    rec[k] = int(v)
                elif k in _FLOATS:
                    rec[k] = float(v) if v != "" else None
                elif k in _BOOLS:
                    rec[k] = v == "1"
                elif v == "":
                    rec[k] = None
            out.append(rec)
        return out


def to_dataframe(records, columns=None):
    """A pandas DataFrame of store rows or event records (needs pandas, e.g.
    Debian's python3-pandas). Nested fields of event records become columns
    "source.actor", "spans.trigger"…; `columns` fixes the columns (and
    their order) even when there are no records. Types: event_id, quad,
    reports, documents, sources (the count), sent int64; goldstein float64;
    negated bool; date and published datetime64 (NaT when unknown); the
    rest object (str, or None when empty)."""
    try:
        import pandas
    except ImportError:
        raise EntenteError("pandas is not installed (apt-get install python3-pandas)") from None
    records = list(records)
    if records:
        df = pandas.json_normalize(records)
    else:
        df = pandas.DataFrame({c: pandas.Series(dtype=object) for c in (columns or [])})
    if columns is not None:
        df = df.reindex(columns=list(columns))
    numeric = pandas.api.types.is_numeric_dtype
    for c in df.columns:
        col = df[c]
        # "sources" is a count in store rows but a list of actors in event
        # records: only columns that hold numbers are made numbers.
        if c in _INTS and (col.empty or numeric(col)):
            df[c] = col.astype("Int64" if col.isna().any() else "int64")
        elif c in _FLOATS and (col.empty or numeric(col)):
            df[c] = col.astype("float64")
        elif c in _BOOLS and not col.isna().any():
            df[c] = col.astype(bool)
        elif c in _DATES:
            df[c] = pandas.to_datetime(col, format="%Y-%m-%d", errors="coerce")
    return df
