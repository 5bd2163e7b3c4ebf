"""Tests of the entente Python package (the front and its native module)
against the built tools: python3 -m unittest, run by CTest (python_entente)
with PYTHONPATH at the built package and ENTENTE_BIN / ENTENTE_SYNTH at the
built `entente` and `entente_synth`."""

import json
import os
import shutil
import subprocess
import tempfile
import unittest
import warnings

import entente

BIN = os.environ.get("ENTENTE_BIN")
SYNTH = os.environ.get("ENTENTE_SYNTH")

try:
    import pandas
except ImportError:
    pandas = None

TEXTS = [
    "Russia annexed Crimea in 2014, the minister said on Tuesday.",
    "Turkish troops shelled Kurdish positions in northern Syria.",
    "The United States imposed sanctions on Iran.",
]


@unittest.skipUnless(BIN and SYNTH, "ENTENTE_BIN and ENTENTE_SYNTH not set")
class StoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.dir.name, "events.db")
        subprocess.run([SYNTH, "--db", cls.db, "--events", "400", "--days", "120", "--seed", "3"],
                       check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def export(self, fmt, *args):
        out = os.path.join(self.dir.name, "export." + fmt)
        subprocess.run([BIN, "export", "--db", self.db, "--format", fmt, "-o", out] + list(args),
                       check=True, capture_output=True)
        return entente.read_export(out)

    def test_store_matches_export(self):
        rows = entente.read_store(self.db)
        self.assertGreater(len(rows), 0)
        self.assertEqual(list(rows[0].keys()), entente.COLUMNS)
        for fmt in ("csv", "jsonl"):
            self.assertEqual(rows, self.export(fmt), fmt)

    def test_filters_match_export(self):
        rows = entente.read_store(self.db, dyad="USA:", type="04", date_from="2000-01-01")
        exported = self.export("csv", "--dyad", "USA:", "--type", "04", "--from", "2000-01-01")
        self.assertGreater(len(rows), 0)
        self.assertEqual([r["event_id"] for r in rows], [r["event_id"] for r in exported])
        self.assertTrue(all(r["cameo"].startswith("04") for r in rows))
        done = entente.read_store(self.db, modality="done")
        self.assertTrue(done and all(r["modality"] == "done" for r in done))
        both = entente.read_store(self.db, dyad="USA:RUS", undirected=True)
        self.assertEqual({(r["source"][:3], r["target"][:3]) for r in both} - {("USA", "RUS"),
                                                                                 ("RUS", "USA")},
                         set())
        # Where the events happened: the location columns and filters.
        ukr = entente.read_store(self.db, location_country="UKR")
        self.assertTrue(ukr and all(r["location_country"] == "UKR" for r in ukr))
        self.assertEqual([r["event_id"] for r in ukr],
                         [r["event_id"] for r in self.export("csv", "--location-country", "UKR")])
        kyiv = entente.read_store(self.db, location_region="UA-30")
        self.assertTrue(kyiv and all(r["location_text"] == "Kyiv" and r["location_lat"] == 50.4501 for r in kyiv))
        with self.assertRaisesRegex(entente.EntenteError, "ISO 3166"):
            entente.read_store(self.db, location_country="Ukraine")
        # The synthetic store's events carry no confidence (as PETRARCH's):
        # any minimum leaves them all out; none keeps them.
        self.assertTrue(all(r["confidence"] is None for r in rows))
        self.assertEqual(entente.read_store(self.db, min_confidence=0), [])
        self.assertEqual(self.export("csv", "--min-confidence", "0"), [])

    def test_dataframe(self):
        if pandas is None:
            self.skipTest("pandas not installed")
        df = entente.read_dataframe(self.db)
        self.assertEqual(list(df.columns), entente.COLUMNS)
        self.assertEqual(len(df), len(entente.read_store(self.db)))
        for c in ("event_id", "quad", "reports", "documents", "sources"):
            self.assertEqual(str(df[c].dtype), "int64", c)
        self.assertEqual(str(df["goldstein"].dtype), "float64")
        self.assertEqual(str(df["location_lat"].dtype), "float64")
        self.assertEqual(str(df["location_from_dateline"].dtype), "bool")
        self.assertEqual(str(df["negated"].dtype), "bool")
        self.assertEqual(str(df["date"].dtype), "datetime64[ns]")
        self.assertEqual(str(df["published"].dtype), "datetime64[ns]")
        self.assertEqual(df["cameo"].dtype, object)
        self.assertTrue((df["reports"] >= df["documents"]).all())
        empty = entente.read_dataframe(self.db, date_from="1999-01-01", date_to="1999-01-02")
        self.assertEqual((len(empty), list(empty.columns)), (0, entente.COLUMNS))
        self.assertEqual(str(empty["event_id"].dtype), "int64")

    def test_errors(self):
        missing = os.path.join(self.dir.name, "missing.db")
        with self.assertRaisesRegex(entente.EntenteError, "missing.db"):
            entente.read_store(missing)
        self.assertFalse(os.path.exists(missing), "a read must not create a store")
        not_a_store = os.path.join(self.dir.name, "plain.db")
        with open(not_a_store, "w") as f:
            f.write("not a database\n")
        with self.assertRaises(entente.EntenteError):
            entente.read_store(not_a_store)
        with self.assertRaisesRegex(entente.EntenteError, "XYZ"):
            entente.read_store(self.db, dyad="TUR:XYZ")
        with self.assertRaisesRegex(entente.EntenteError, "FOO"):
            entente.read_store(self.db, type="FOO")
        with self.assertRaises(entente.EntenteError):
            entente.read_store(self.db, modality="maybe")
        with self.assertRaises(entente.EntenteError):
            entente.read_store(self.db, date_from="last week")
        with self.assertRaises(entente.EntenteError):
            entente.read_store(self.db, dyad="USA")
        with self.assertRaises(TypeError):
            entente.read_store(self.db, actor=42)
        with self.assertRaises(TypeError):
            entente.read_store(None)


@unittest.skipUnless(BIN, "ENTENTE_BIN not set")
class CodeTest(unittest.TestCase):
    def test_same_records_as_the_command(self):
        # The module and `entente code` are one pipeline and one writer.
        records = [{"id": "a%d" % i, "date": "2021-02-16", "text": t, "title": "T%d" % i,
                    "url": "https://example.org/%d" % i, "publisher": "Wire"}
                   for i, t in enumerate(TEXTS)]
        lines = "".join(json.dumps(r) + "\n" for r in records)
        proc = subprocess.run([BIN, "code", "-", "--format", "jsonl"], input=lines,
                              capture_output=True, text=True, check=True)
        expected = [json.loads(line) for line in proc.stdout.splitlines()]
        self.assertGreater(len(expected), 0)
        self.assertEqual(entente.code(records), expected)
        e = expected[0]
        self.assertEqual((e["title"], e["publisher"], e["published"]),
                         ("T0", "Wire", "2021-02-16"))
        provenance = entente.provenance()
        self.assertTrue(provenance["stamp"].startswith("entente " + provenance["version"]))
        self.assertEqual((e["entente"], e["model"], e["dictionaries"]),
                         (provenance["version"], provenance["model"], provenance["dictionaries"]))

    def test_plain_texts(self):
        events = entente.code(TEXTS, date="2021-02-17")
        self.assertEqual({e["doc_id"] for e in events} - {"0", "1", "2"}, set())
        self.assertTrue(events)
        self.assertTrue(all(e["published"] == "2021-02-17" for e in events))
        crimea = [e for e in events if e["doc_id"] == "0"]
        self.assertTrue(any(e["date"] == "2014-01-01" and e["date_precision"] == "year"
                            for e in crimea), crimea)
        self.assertEqual(entente.code(TEXTS, threads=2), entente.code(TEXTS, threads=1))
        self.assertEqual(entente.code([]), [])
        import datetime
        dated = entente.code(TEXTS[1:2], date=datetime.date(2020, 5, 4))
        self.assertTrue(dated and dated[0]["published"] == "2020-05-04")

    def test_odd_bytes(self):
        odd = [
            "",                                               # empty: skipped
            "Turkish troops shelled\x00 Kurdish positions.",  # NUL: skipped
            "\ud800 Iran \udfff threatened Israel.",          # lone surrogates: repaired
            b"Iran threatened Israel \xff\xfe at dawn.",      # not UTF-8: repaired
            "\ufeffZ\u0301\u200f\u202e \U0001F600 " + "x" * 5000 + " \x07\x1b[31m",
            TEXTS[2],
        ]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            events = entente.code(odd)
        messages = [str(w.message) for w in caught if issubclass(w.category, entente.EntenteWarning)]
        for n in (1, 2, 3, 4):
            self.assertTrue(any(m.startswith("texts:%d:" % n) for m in messages), (n, messages))
        docs = {e["doc_id"] for e in events}
        self.assertIn("5", docs)           # the good text after the bad ones is coded
        self.assertNotIn("0", docs)
        self.assertNotIn("1", docs)
        for e in events:
            json.dumps(e)                  # every string is valid Unicode
        with self.assertRaisesRegex(entente.EntenteError, "^texts:1: error: .*NUL"):
            entente.code(odd[1:], errors="raise")  # the NUL text is first
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            self.assertEqual(entente.code(odd[:2], errors="ignore"), [])
            with self.assertRaises(entente.EntenteWarning):
                entente.code(odd[:1])

    def test_bad_arguments(self):
        for bad in ([42], [None], [["text"]], [{"id": "x"}], [{"text": 3}],
                    [{"text": "x", "title": 5}], [{"text": "x", "date": 20210101.5}]):
            with self.assertRaises(TypeError, msg=repr(bad)):
                entente.code(bad)
        with self.assertRaisesRegex(TypeError, r"texts\[1\]"):
            entente.code(["fine", 7])
        with self.assertRaises(TypeError):
            entente.code("one text, not a list")
        with self.assertRaises(TypeError):
            entente.code(42)
        with self.assertRaisesRegex(entente.EntenteError, "last week"):
            entente.code(TEXTS, date="last week")
        with self.assertRaises(ValueError):
            entente.code(TEXTS, threads=-1)
        with self.assertRaises(ValueError):
            entente.code(TEXTS, errors="maybe")
        with self.assertRaises(entente.EntenteError):
            entente.Coder(data_dir="/nonexistent/entente-data")

    def test_event_dataframe(self):
        if pandas is None:
            self.skipTest("pandas not installed")
        events = entente.code(TEXTS, date="2021-02-17")
        df = entente.to_dataframe(events)
        self.assertEqual(len(df), len(events))
        for c in ("doc_id", "cameo", "source.actor", "target.actor", "date", "goldstein"):
            self.assertIn(c, df.columns)
        self.assertEqual(str(df["date"].dtype), "datetime64[ns]")
        self.assertEqual(str(df["quad"].dtype), "int64")
        self.assertEqual(str(df["negated"].dtype), "bool")


@unittest.skipUnless(BIN, "ENTENTE_BIN not set")
class IngestedStoreTest(unittest.TestCase):
    def test_coded_texts_read_back(self):
        # Texts stored by `entente ingest` come back with their metadata and
        # the events entente.code() finds in them.
        with tempfile.TemporaryDirectory() as d:
            records = [{"id": "n%d" % i, "date": "2021-03-0%d" % (i + 1), "text": t,
                        "title": "Story %d" % i, "url": "https://example.org/%d" % i,
                        "publisher": "Agency %d" % i} for i, t in enumerate(TEXTS)]
            src = os.path.join(d, "news.jsonl")
            with open(src, "w") as f:
                f.writelines(json.dumps(r) + "\n" for r in records)
            db = os.path.join(d, "events.db")
            subprocess.run([BIN, "ingest", src, "--db", db], check=True, capture_output=True)
            rows = entente.read_store(db)
            coded = [e for e in entente.code(records) if not e["negated"]]
            self.assertTrue(rows)
            self.assertEqual(sorted({(r["doc_id"], r["cameo"]) for r in rows}),
                             sorted({(e["doc_id"], e["cameo"]) for e in coded}))
            for r in rows:
                i = int(r["doc_id"][1:])
                self.assertEqual((r["title"], r["url"], r["publisher"]),
                                 ("Story %d" % i, "https://example.org/%d" % i, "Agency %d" % i))
                self.assertTrue(r["coded_by"].startswith("entente "))
            pg = self.postgres_store()
            subprocess.run([BIN, "ingest", src, "--db", pg], check=True, capture_output=True)
            self.assertEqual(entente.read_store(pg), rows)

    def postgres_store(self):
        # A fresh database on the CTest fixture's PostgreSQL server
        # (scripts/pg_test_server.sh writes its URL to ENTENTE_PG_URL_FILE).
        try:
            with open(os.environ.get("ENTENTE_PG_URL_FILE", "")) as f:
                url = f.readline().strip()
        except OSError:
            self.skipTest("no PostgreSQL test server")
        if not url or not shutil.which("psql"):
            self.skipTest("no PostgreSQL test server or psql")
        for sql in ("DROP DATABASE IF EXISTS t_python", "CREATE DATABASE t_python"):
            subprocess.run(["psql", "-q", "-d", url, "-c", sql], check=True, capture_output=True)
        head, _, query = url.partition("?")
        return head[:head.rfind("/") + 1] + "t_python" + ("?" + query if query else "")


if __name__ == "__main__":
    unittest.main()
