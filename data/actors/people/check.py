#!/usr/bin/env python3
"""Sanity check for data/actors/people/*.txt (format entente-people 1).

Checks: header line, every role line parses, dates are valid ISO dates,
FROM < TO, codes are 3-character blocks, the default `CODE *` line is last,
no role is unreachable (wholly inside an earlier role's range: rules are
tried in order, first match wins), no duplicate canonical names and no alias
shared by two persons.
Usage: python3 data/actors/people/check.py [dir]   (exit 1 on any error)
"""
import datetime, os, re, sys

ROLE = re.compile(r'^  ([A-Z0-9]{3,18}) (\*|(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?(?: (.+))?)$')

def day(s):
    return datetime.date.fromisoformat(s)

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, canon, totals, aliases = 0, {}, [], {}
    for fn in sorted(os.listdir(d)):
        if not fn.endswith('.txt'):
            continue
        path = os.path.join(d, fn)
        persons = roles = 0
        cur, seen_default, spans = None, False, []
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        def err(n, msg):
            nonlocal errors
            errors += 1
            print(f'{fn}:{n}: {msg}')
        if not lines or lines[0] != '@format entente-people 1':
            err(1, 'missing header')
        for n, line in enumerate(lines[1:], 2):
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('person '):
                if cur and not seen_default:
                    err(n, f'previous person {cur} has no default line')
                names = [x.strip() for x in line[7:].split(';')]
                if any(not x for x in names):
                    err(n, 'empty name')
                cur, seen_default, spans = names[0], False, []
                for a in names:
                    key = a.lower()
                    if key in aliases and aliases[key] != cur:
                        err(n, f'alias {a!r} of {cur} is also an alias of {aliases[key]}')
                    aliases[key] = cur
                if len(set(names)) != len(names):
                    err(n, f'repeated variant in {cur}')
                if cur in canon:
                    err(n, f'duplicate canonical name {cur} (also {canon[cur]})')
                canon[cur] = f'{fn}:{n}'
                persons += 1
                continue
            m = ROLE.match(line)
            if not m or cur is None:
                err(n, f'unparsable line: {line!r}')
                continue
            if seen_default:
                err(n, 'role after default line')
            if m.group(2) == '*':
                seen_default = True
                continue
            roles += 1
            a, b = m.group(3), m.group(4)
            try:
                da = day(a) if a else None
                db = day(b) if b else None
            except ValueError as e:
                err(n, f'bad date: {e}')
                continue
            if not a:
                err(n, 'missing FROM date')
            if da and db and not da < db:
                err(n, f'FROM >= TO: {a}..{b}')
            lo, hi = da or datetime.date.min, db or datetime.date.max
            if any(plo <= lo and hi <= phi for plo, phi in spans):
                err(n, f'role {m.group(1)} {a}..{b or ""} is unreachable (inside an earlier role of {cur})')
            spans.append((lo, hi))
            if not m.group(5):
                err(n, 'missing title')
        if cur and not seen_default:
            err(len(lines), f'last person {cur} has no default line')
        totals.append((fn, persons, roles))
    tp = sum(p for _, p, _ in totals)
    for fn, p, r in totals:
        print(f'{fn:32} {p:5} persons {r:6} role lines')
    print(f'{"total":32} {tp:5} persons {sum(r for _, _, r in totals):6} role lines')
    if errors:
        print(f'{errors} error(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
