"""entente — read entente's event data from Python.

Pure Python (standard library only; pandas is used when installed, e.g.
Debian's python3-pandas, and never required):

    import entente
    events = entente.read_store("events.db", dyad="USA:IGOWSTNAT", modality="done")
    df = entente.to_dataframe(events)          # needs pandas
    rows = entente.read_export("events.csv")   # `entente export` output (csv/jsonl)
    coded = entente.code(["Text of a story."], date="2021-02-16")   # runs `entente code`

`read_store` reads a SQLite store (schema version 3, doc/formats/store.md)
and returns one dict per deduplicated event (cluster) with the columns of
`entente export` (doc/formats/export.md), newest first. For PostgreSQL
stores, use `entente export` and `read_export`.
"""

import csv
import json
import os
import sqlite3
import subprocess

__all__ = ["read_store", "read_export", "code", "to_dataframe", "EntenteError", "SCHEMA_VERSION",
           "COLUMNS"]

SCHEMA_VERSION = 3

# The columns of `entente export --format csv`, in order.
COLUMNS = ["event_id", "date", "date_precision", "published", "source", "source_country", "target",
           "target_country", "cameo", "plover", "quad", "goldstein", "modality", "negated",
           "reports", "documents", "sources", "doc_id", "title", "url", "publisher", "sentence",
           "trigger", "source_text", "target_text", "coded_by"]
_INTS = {"event_id", "quad", "reports", "documents", "sources"}
_MODALITIES = {"done", "intended", "demanded", "hypothetical"}


class EntenteError(Exception):
    """A store or export that cannot be read, or a bad filter."""


def _side(column, code, params):
    # A side matches actor codes starting with `code` or whose country is it
    # (the same rule as the store's queries).
    params += [code, code + "~", code]
    return ("c.%s IN (SELECT code FROM actors WHERE (code >= ? AND code < ?) OR country = ?)"
            % column)


def _day(date):
    import datetime
    try:
        d = datetime.date.fromisoformat(date)
    except (TypeError, ValueError):
        raise EntenteError("dates are YYYY-MM-DD: %r" % (date,))
    return (d - datetime.date(1970, 1, 1)).days


def read_store(path, dyad=None, actor=None, type=None, modality=None, date_from=None,
               date_to=None, undirected=False):
    """One dict per event cluster of the SQLite store at `path`, filtered like
    `entente export` (dyad "SRC:TGT", actor, CAMEO prefix or PLOVER type,
    modality, first/last event date)."""
    if not os.path.exists(path):
        raise EntenteError("no such store: %s" % path)
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        try:
            version = con.execute("SELECT version FROM schema_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise EntenteError("%s: not an entente store (%s)" % (path, e))
        if version != SCHEMA_VERSION:
            raise EntenteError("%s: store schema version %d, this module reads %d"
                               % (path, version, SCHEMA_VERSION))
        where, params = [], []
        if dyad:
            if dyad.count(":") != 1:
                raise EntenteError("dyad must be SOURCE:TARGET")
            src, tgt = dyad.split(":")
            sides = []
            if src:
                sides.append(_side("source", src, params))
            if tgt:
                sides.append(_side("target", tgt, params))
            clause = "(" + " AND ".join(sides) + ")"
            if undirected:
                rev = []
                if tgt:
                    rev.append(_side("source", tgt, params))
                if src:
                    rev.append(_side("target", src, params))
                clause = "(%s OR (%s))" % (clause, " AND ".join(rev))
            where.append(clause)
        if actor:
            a = [_side("source", actor, params), _side("target", actor, params)]
            where.append("(%s OR %s)" % tuple(a))
        if type:
            if type[0].isdigit():
                where.append("(c.cameo >= ? AND c.cameo < ?)")
                params += [type, type + "~"]
            else:
                where.append("c.plover = ?")
                params.append(type)
        if modality:
            if modality not in _MODALITIES:
                raise EntenteError("modality is one of %s" % ", ".join(sorted(_MODALITIES)))
            where.append("c.modality = ?")
            params.append(modality)
        if date_from:
            where.append("c.day >= ?")
            params.append(_day(date_from))
        if date_to:
            where.append("c.day <= ?")
            params.append(_day(date_to))
        sql = """
          SELECT c.id, e.date, e.date_precision, d.date, e.source, e.source_country, e.target,
                 e.target_country, e.cameo, e.plover, e.quad, e.goldstein, e.modality, e.negated,
                 c.reports, c.documents,
                 (SELECT COUNT(DISTINCT CASE WHEN d2.publisher = '' THEN 'doc:' || d2.doc_key
                                        ELSE d2.publisher END)
                    FROM events e2 JOIN documents d2 ON d2.id = e2.doc WHERE e2.cluster = c.id),
                 d.doc_key, d.title, d.url, d.publisher, s.text, e.trigger, e.source_text,
                 e.target_text, d.coded_by
            FROM clusters c JOIN events e ON e.id = c.first_event
            JOIN documents d ON d.id = e.doc
            LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence"""
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.day DESC, c.id DESC"
        out = []
        for row in con.execute(sql, params):
            rec = dict(zip(COLUMNS, row))
            rec["negated"] = bool(rec["negated"])
            rec["goldstein"] = round(float(rec["goldstein"]), 1)
            rec["sources"] = max(1, rec["sources"] or 1)
            out.append(rec)
        return out
    finally:
        con.close()


def read_export(path):
    """The rows of an `entente export` file (csv or jsonl, by extension or
    content), typed as read_store() types them."""
    with open(path, encoding="utf-8", newline="") as f:
        first = f.read(1)
        f.seek(0)
        if first == "{":
            return [json.loads(line) for line in f if line.strip()]
        out = []
        for rec in csv.DictReader(f):
            for k in _INTS:
                rec[k] = int(rec[k])
            rec["goldstein"] = float(rec["goldstein"])
            rec["negated"] = rec["negated"] == "1"
            out.append(rec)
        return out


def code(texts, date=None, binary=None):
    """Codes each text with `entente code` and returns its event records
    (doc/formats/events.md), in order; documents are named "0", "1", …
    `binary` defaults to $ENTENTE_BIN or `entente` on the PATH."""
    binary = binary or os.environ.get("ENTENTE_BIN", "entente")
    lines = []
    for i, t in enumerate(texts):
        rec = {"id": str(i), "text": t}
        if date:
            rec["date"] = date
        lines.append(json.dumps(rec))
    proc = subprocess.run([binary, "code", "-", "--format", "jsonl"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise EntenteError("entente code failed (%d): %s" % (proc.returncode, proc.stderr.strip()))
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def to_dataframe(records):
    """A pandas DataFrame of records (needs pandas, e.g. Debian's python3-pandas)."""
    try:
        import pandas
    except ImportError:
        raise EntenteError("pandas is not installed (apt-get install python3-pandas)")
    return pandas.DataFrame.from_records(records)
