"""Turn an annotator's coding of a batch into the corpus record format of
../shared/gold/GUIDE.md, and check records.

Annotators write the actor and trigger *text*; the offsets are found here:
a trigger is its first occurrence in the sentence (or its "at"-th, 1-based),
an actor the occurrence nearest its event's trigger (or its "at"-th). The
coding itself (types, codes, roles) is never touched."""
import json
import re

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
         "MOBILIZE", "COERCE", "ASSAULT"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "ELI", "OPP", "REB", "CVL", "BUS",
           "MED", "REF", "IGO", "NGO", "SPY", "UAF", "EDU", "HLH", "LAB", "AGR",
           "ENV", "CRM", "REL", "SET", "DEV", "HRI", "MOD", "RAD", "PTY", "INS"}
DONE_FACTS = {"done", "intended"}
NONFACTUAL_FACTS = {"negated", "hypothetical", "denied"}
CODE_RE = re.compile(r"^[A-Z]{3}$")
CAMEO_RE = re.compile(r"^[0-9]{2,4}$")
DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


def load_cameo(path):
    """code -> set of PLOVER types from data/events/cameo_codes.tsv."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            table[cols[0]] = set(cols[3].split("|")) if cols[3] != "-" else set()
    return table


def find_all(text, needle):
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def locate(text, item, near=None):
    """[start, end) of item["text"] in text, or raise ValueError."""
    needle = item.get("text", "")
    hits = find_all(text, needle)
    if not hits:
        raise ValueError(f"{needle!r} is not in the sentence")
    at = item.get("at")
    if at is not None:
        if not isinstance(at, int) or not 1 <= at <= len(hits):
            raise ValueError(f"{needle!r}: 'at' {at} but it occurs {len(hits)} time(s)")
        start = hits[at - 1]
    elif near is None:
        start = hits[0]
    else:
        start = min(hits, key=lambda h: abs(h - near))
    return [start, start + len(needle)]


def check_actor(actor, where):
    errors = []
    if not isinstance(actor.get("text"), str) or not actor["text"]:
        errors.append(f"{where}: actor without text")
    if not CODE_RE.match(str(actor.get("code", ""))):
        errors.append(f"{where}: actor code {actor.get('code')!r} is not three capitals")
    sectors = actor.get("sector", [])
    if not isinstance(sectors, list) or any(s not in SECTORS for s in sectors):
        errors.append(f"{where}: sector {sectors!r} (allowed: {' '.join(sorted(SECTORS))})")
    for field in ("ethnic", "religion"):
        if field in actor and not CODE_RE.match(str(actor[field])):
            errors.append(f"{where}: {field} {actor[field]!r} is not three capitals")
    return errors


def check_event(ev, cameo, where, allowed_facts):
    errors = []
    if ev.get("type") not in TYPES:
        errors.append(f"{where}: type {ev.get('type')!r}")
    code = str(ev.get("cameo", ""))
    if not CAMEO_RE.match(code) or code not in cameo:
        errors.append(f"{where}: CAMEO code {code!r} not in cameo_codes.tsv")
    elif ev.get("type") not in cameo[code]:
        errors.append(f"{where}: CAMEO {code} is {'/'.join(sorted(cameo[code])) or 'no PLOVER type'}, not {ev.get('type')}")
    if ev.get("factuality") not in allowed_facts:
        errors.append(f"{where}: factuality {ev.get('factuality')!r} (one of {sorted(allowed_facts)})")
    if not isinstance(ev.get("event_text"), str) or not ev["event_text"]:
        errors.append(f"{where}: no event_text")
    for role in ("source", "target"):
        if not isinstance(ev.get(role, []), list):
            errors.append(f"{where}: {role} must be a list")
            continue
        for k, actor in enumerate(ev.get(role, [])):
            errors += check_actor(actor, f"{where} {role}[{k}]")
    if allowed_facts is DONE_FACTS and not ev.get("source"):
        errors.append(f"{where}: an event needs a source")
    return errors


def check_commitment(ev, where):
    """Errors of an event's `commitment` field (absent, null, or the guide's
    {object, quantity, deadline: {text, date} | null})."""
    if "commitment" not in ev or ev["commitment"] is None:
        return []
    c = ev["commitment"]
    if ev.get("factuality") != "intended":
        return [f"{where}: a commitment on a {ev.get('factuality')} event"]
    if not isinstance(c, dict) or not isinstance(c.get("object"), str) or not c["object"]:
        return [f"{where}: commitment without an object"]
    errors = []
    if c.get("quantity") is not None and not isinstance(c["quantity"], str):
        errors.append(f"{where}: commitment quantity {c['quantity']!r} is not text or null")
    d = c.get("deadline")
    if d is not None:
        if not isinstance(d, dict):
            errors.append(f"{where}: commitment deadline {d!r} is not {{text, date}} or null")
        elif d.get("date") is not None and (not d.get("text") or not DATE_RE.match(str(d["date"]))):
            errors.append(f"{where}: commitment deadline date {d.get('date')!r} (YYYY[-MM[-DD]], with its text)")
    return errors


def add_spans(text, ev):
    """Fills trigger_span and each actor's span; raises ValueError."""
    trig = locate(text, {"text": ev["event_text"], "at": ev.pop("event_at", None)})
    ev["trigger_span"] = trig
    for role in ("source", "target"):
        for actor in ev.get(role, []):
            actor["span"] = locate(text, actor, near=trig[0])
            actor.pop("at", None)
    loc = ev.get("location")
    if isinstance(loc, dict) and loc.get("text"):
        loc["span"] = locate(text, loc, near=trig[0])
        loc.pop("at", None)
    ev.setdefault("optional", False)
    return ev


def check_record(rec, cameo):
    """Errors of one final corpus record (spans included)."""
    where = rec.get("id", "?")
    errors = []
    text = rec.get("text", "")
    for field in ("id", "doc_id", "sent", "offset", "source", "license", "split",
                  "batch", "annotator", "text", "note"):
        if field not in rec:
            errors.append(f"{where}: no {field}")
    for key, facts in (("events", DONE_FACTS), ("nonfactual_events", NONFACTUAL_FACTS)):
        for n, ev in enumerate(rec.get(key, [])):
            w = f"{where} {key}[{n}]"
            errors += check_event(ev, cameo, w, facts)
            errors += check_commitment(ev, w)
            spans = [("trigger", ev.get("event_text"), ev.get("trigger_span"))]
            for role in ("source", "target"):
                spans += [(role, a.get("text"), a.get("span")) for a in ev.get(role, [])]
            for what, s, span in spans:
                if (not isinstance(span, list) or len(span) != 2
                        or text[span[0]:span[1]] != s):
                    errors.append(f"{w}: {what} span {span} does not give {s!r}")
    return errors


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, line
