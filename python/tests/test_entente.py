"""Tests of the entente Python module against a store built by the real
binaries: python3 -m unittest (run by CTest with ENTENTE_BIN and ENTENTE_SYNTH
set to the built tools)."""

import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import entente  # noqa: E402

BIN = os.environ.get("ENTENTE_BIN")
SYNTH = os.environ.get("ENTENTE_SYNTH")


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
        for fmt in ("csv", "jsonl"):
            exported = self.export(fmt)
            self.assertEqual(len(exported), len(rows))
            for a, b in zip(rows, exported):
                for k in ("event_id", "date", "source", "target", "cameo", "reports",
                          "documents", "sources", "goldstein", "negated"):
                    self.assertEqual(a[k], b[k], "%s in %s" % (k, fmt))
        self.assertEqual(list(rows[0].keys()), entente.COLUMNS)

    def test_filters_match_export(self):
        rows = entente.read_store(self.db, dyad="USA:", type="04", date_from="2000-01-01")
        exported = self.export("csv", "--dyad", "USA:", "--type", "04", "--from", "2000-01-01")
        self.assertEqual([r["event_id"] for r in rows], [r["event_id"] for r in exported])
        self.assertTrue(all(r["cameo"].startswith("04") for r in rows))
        done = entente.read_store(self.db, modality="done")
        self.assertTrue(all(r["modality"] == "done" for r in done))

    def test_bad_input(self):
        with self.assertRaises(entente.EntenteError):
            entente.read_store(os.path.join(self.dir.name, "missing.db"))
        with self.assertRaises(entente.EntenteError):
            entente.read_store(self.db, date_from="last week")
        with self.assertRaises(entente.EntenteError):
            entente.read_store(self.db, modality="maybe")


@unittest.skipUnless(BIN, "ENTENTE_BIN not set")
class CodeTest(unittest.TestCase):
    def test_codes_texts(self):
        events = entente.code(["Russia annexed Crimea in 2014, the minister said on Tuesday."],
                              date="2021-02-17")
        for e in events:
            self.assertEqual(e["doc_id"], "0")
            self.assertEqual(e["published"], "2021-02-17")
            self.assertIn("entente", e)


if __name__ == "__main__":
    unittest.main()
