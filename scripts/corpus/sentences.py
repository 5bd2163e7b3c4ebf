"""Sentence boundaries for the corpus batches: paragraphs (newlines) and
., ! or ? followed by space and an upper-case letter, digit or quote, except
after a known abbreviation or a single initial. Offsets are code points."""
import re

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt",
    "rep", "sen", "gov", "pres", "st", "mt", "jr", "sr", "vs", "no", "inc",
    "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m",
    "p.m", "approx", "est", "fig", "rev", "adm", "cmdr", "brig", "ft",
}

_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def _is_abbreviation(text, dot):
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or len(word) == 1


def split_sentences(text):
    """Returns [start, end) code-point ranges of the sentences of text."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        body = para.group(0)
        for m in _END.finditer(body):
            if body[m.start()] == "." and _is_abbreviation(body, m.start()):
                continue
            spans.append((start, para.start() + m.end()))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
