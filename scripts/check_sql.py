#!/usr/bin/env python3
"""check_sql.py [REPO_ROOT] — the API never builds SQL from request values.

1. src/serve and src/analyze hold no SQL at all: they go through the
   EventStore interface (include/entente/store.h).
2. In src/store, a C++ statement that concatenates a SQL string literal may
   put a request value (an EventQuery/ActorFilter field, a document id, a
   cursor) into it only as a bound parameter: inside Param(...),
   IntParam(...), DoubleParam(...) or DayNumber(...), or through Side(...)/Dyad(...), which
   build their SQL only from such placeholders. Column names and fixed
   fragments may be concatenated.
Exits 1 and lists every violation. `--self-test` checks that the rules
catch the patterns they are meant to catch.
"""
import re
import sys
from pathlib import Path

SQL_WORD = re.compile(r'"[^"\n]*\b(SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|WHERE|FROM|VALUES|'
                      r'ORDER BY|LIMIT|JOIN|AND|OR|IN|LIKE)\b[^"\n]*"|"[^"\n]*[<>=][^"\n]*"')
SQL_STATEMENT = re.compile(r'"[^"\n]*\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|DROP|CREATE TABLE)\b')
TAINTED = re.compile(r'\b(?:q|query|f|filter|a|options)\s*\.\s*(?:source|target|actor|type|from|to|'
                     r'cursor|code|min_confidence)\b|\bdoc_id\b|\bcursor\b|\breq(?:uest)?\b|\bparams?\b')
# Calls whose result is bound SQL: Param/IntParam/DoubleParam return a placeholder
# ("$3"); Side/Dyad (store_read.cc) are built only from Param placeholders
# and column names; `if (...)` conditions only test values.
SAFE_CALL = re.compile(r'\b(Param|IntParam|DoubleParam|DayNumber|Side|Dyad|if)\s*\(')


def strip_comments(text):
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    return re.sub(r'//[^\n]*', '', text)


def strip_safe_calls(stmt):
    """Removes Param(...), IntParam(...), DayNumber(...) with their arguments."""
    out, i = [], 0
    while True:
        m = SAFE_CALL.search(stmt, i)
        if not m:
            out.append(stmt[i:])
            return ''.join(out)
        out.append(stmt[i:m.start()])
        depth, j = 1, m.end()
        while j < len(stmt) and depth:
            depth += {'(': 1, ')': -1}.get(stmt[j], 0)
            j += 1
        out.append('SAFE')
        i = j


def statements(text):
    """Splits C++ text into rough statements (at ';', '{' and '}')."""
    start, line = 0, 1
    for i, ch in enumerate(text):
        if ch in ';{}':
            yield line, text[start:i + 1]
            line += text.count('\n', start, i + 1)
            start = i + 1


def check_no_sql(path, text):
    bad = []
    for n, stmt in statements(strip_comments(text)):
        if SQL_STATEMENT.search(stmt):
            bad.append(f'{path}:{n}: SQL outside src/store (use the EventStore API)')
    return bad


def check_store(path, text):
    bad = []
    for n, stmt in statements(strip_comments(text)):
        if '+' not in stmt or not SQL_WORD.search(stmt):
            continue
        rest = strip_safe_calls(stmt)
        rest = re.sub(r'[\w.]+\s*\.\s*empty\s*\(\s*\)', 'SAFE', rest)
        # Only what is concatenated matters, not status messages.
        if 'Status::' in rest:
            continue
        rest = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', rest)
        m = TAINTED.search(rest)
        if m:
            bad.append(f'{path}:{n}: request value `{m.group(0)}` concatenated into SQL '
                       f'(bind it with Param/IntParam)')
    return bad


def run(root):
    root = Path(root)
    bad = []
    for d in ('src/serve', 'src/analyze'):
        for p in sorted((root / d).glob('*.cc')) + sorted((root / d).glob('*.h')):
            if not p.name.endswith('_test.cc'):
                bad += check_no_sql(p.relative_to(root), p.read_text(errors='replace'))
    store = sorted((root / 'src/store').glob('*.cc'))
    for p in store:
        if not p.name.endswith('_test.cc') and 'test_util' not in p.name:
            bad += check_store(p.relative_to(root), p.read_text(errors='replace'))
    return bad, len(store)


def self_test():
    assert check_store('x', 'w.Add(t_ + "cameo >= " + q.type);')
    assert check_store('x', 'auto s = "SELECT * FROM documents WHERE doc_key = \'" + doc_id + "\'";')
    assert not check_store('x', 'w.Add(t_ + "cameo >= " + Param(q.type + "~"));')
    assert not check_store('x', 'return Status::NotFound("no document FROM \'" + doc_id + "\'");')
    assert check_no_sql('x', 'db->Prepare("SELECT id FROM events");')
    assert not check_no_sql('x', 'w.Key("from");')
    assert check_store('x', 'if (!q.to.empty()) Add(t_ + "day <= " + q.to);')
    assert not check_store('x', 'if (!q.to.empty()) Add(t_ + "day <= " + IntParam(DayNumber(q.to)));')
    print('check_sql: self-test ok')


if __name__ == '__main__':
    if '--self-test' in sys.argv:
        self_test()
        sys.exit(0)
    self_test()
    bad, n = run(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    for b in bad:
        print(b)
    if bad:
        sys.exit(1)
    print(f'check_sql: ok (src/serve and src/analyze have no SQL; {n} store files bind every '
          f'request value)')
