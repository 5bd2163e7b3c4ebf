"""doc/openapi.json against a running `entente serve`.

The description is read on its own (not generated from the server's route
table): every operation it lists is called on a server over a small known
store (entente_synth, seed 5, with the markup sample, plus the dated
documents of examples/commitments/ledger.jsonl ingested, so the store holds
commitments and their follow-up links) with the documented
examples, each answer is checked against the documented schema, and every
documented 4xx response is provoked by the requests its `x-probes` list.
The server's own route list (GET /api) is only a cross-check: a route the
server answers that the description lacks, or the reverse, fails the test.

    ENTENTE_BIN=build/entente ENTENTE_SYNTH=build/src/store/entente_synth \\
        python3 -m unittest -v openapi_test      (from tests/api)
Standard library only.
"""

import copy
import json
import os
import re
import subprocess
import tempfile
import threading
import unittest
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_PATH = os.path.join(HERE, "..", "..", "doc", "openapi.json")
LEDGER_PATH = os.path.join(HERE, "..", "..", "examples", "commitments", "ledger.jsonl")
BIN = os.environ.get("ENTENTE_BIN")
SYNTH = os.environ.get("ENTENTE_SYNTH")
METHODS = ("get", "post", "put", "delete", "patch")


def load_spec(path=SPEC_PATH):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def resolve(spec, node):
    """Follows a local $ref ("#/components/...") to what it names."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError("only local references are supported: " + ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part]
    return node


def operations(spec):
    """(METHOD, path, operation) for every operation the description lists."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def route_differences(spec, server_routes):
    """Routes only in the server's list, and only in the description."""
    documented = {(m, p) for m, p, _ in operations(spec)}
    served = {(r["method"], r["path"]) for r in server_routes}
    return sorted(served - documented), sorted(documented - served)


JSON_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(spec, schema, value, where="$"):
    """The ways `value` breaks `schema` (the JSON Schema subset the
    description uses: $ref, type, required, properties,
    additionalProperties: false, items, enum, minimum, maximum, minLength,
    minItems, maxItems), as a list of messages."""
    schema = resolve(spec, schema)
    errors = []
    types = schema.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(JSON_TYPES[t](value) for t in types):
            return ["%s: %r is not of type %s" % (where, value, "/".join(types))]
    if "enum" in schema and value not in schema["enum"]:
        errors.append("%s: %r not in %s" % (where, value, schema["enum"]))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append("%s: %r below %r" % (where, value, schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            errors.append("%s: %r above %r" % (where, value, schema["maximum"]))
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        errors.append("%s: string shorter than %d" % (where, schema["minLength"]))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append("%s: required field %r missing" % (where, key))
        for key, v in value.items():
            if key in props:
                errors += validate(spec, props[key], v, "%s.%s" % (where, key))
            elif schema.get("additionalProperties") is False:
                errors.append("%s: field %r not in the description" % (where, key))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            errors.append("%s: %d items, outside the documented bounds" % (where, len(value)))
        if "items" in schema:
            for i, v in enumerate(value):
                errors += validate(spec, schema["items"], v, "%s[%d]" % (where, i))
    return errors


def parameters(spec, op):
    return [resolve(spec, p) for p in op.get("parameters", [])]


def find_arrays(spec, schema, value):
    """Lengths of the arrays at the top of an answer (to insist the known
    store fills them, so their items are checked too)."""
    schema = resolve(spec, schema)
    out = {}
    if isinstance(value, dict):
        for key, sub in schema.get("properties", {}).items():
            if resolve(spec, sub).get("type") == "array" and key in value:
                out[key] = len(value[key])
    return out


class Server:
    """`entente serve` on a free loopback port over `db`."""

    def __init__(self, db):
        self.proc = subprocess.Popen([BIN, "serve", "--db", db, "--port", "0", "--threads", "2"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seen = ""
        for line in self.proc.stderr:
            seen += line
            m = re.search(r"http://(127\.0\.0\.1:\d+)/", line)
            if m:
                self.base = "http://" + m.group(1)
                break
        else:
            raise RuntimeError("entente serve did not start: " + seen)
        # Keep reading what it says, so a full pipe never blocks it.
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()

    def request(self, method, path, params=None, query=None, body=None, content_type=None):
        """(status, content type, body bytes) of one request."""
        url = self.base + path
        q = query if query is not None else urllib.parse.urlencode(params or {})
        if q:
            url += "?" + q
        headers = {"Content-Type": content_type} if content_type else {}
        data = body.encode("utf-8") if isinstance(body, str) else body
        if method == "POST" and data is None:
            data = b""
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Content-Type", ""), e.read()

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=20)


class DescriptionShape(unittest.TestCase):
    """What the description must hold, without a server."""

    def setUp(self):
        self.spec = load_spec()

    def test_every_operation_is_complete(self):
        self.assertTrue(self.spec["openapi"].startswith("3."))
        ids = set()
        for method, path, op in operations(self.spec):
            where = "%s %s" % (method, path)
            self.assertIn("operationId", op, where)
            self.assertNotIn(op["operationId"], ids, where)
            ids.add(op["operationId"])
            self.assertTrue(op.get("summary"), where)
            responses = op["responses"]
            self.assertIn("200", responses, where)
            self.assertIn("400", responses, where + ": every endpoint rejects unknown parameters")
            for status, resp in responses.items():
                resp = resolve(self.spec, resp)
                self.assertTrue(resp.get("description"), "%s %s" % (where, status))
                if status.startswith(("4", "5")):
                    schema = resp["content"]["application/json"]["schema"]
                    self.assertEqual(schema, {"$ref": "#/components/schemas/Error"}, where + " " + status)
                if status.startswith("4"):
                    self.assertTrue(resp.get("x-probes"), "%s %s: no request that produces it" % (where, status))
            for p in parameters(self.spec, op):
                self.assertIn("schema", p, "%s %s" % (where, p["name"]))
                if p.get("required"):
                    self.assertIn("example", p, "%s: required %s needs an example" % (where, p["name"]))

    def test_validator_and_route_check_can_fail(self):
        # The checks this file relies on must be able to say no.
        spec = copy.deepcopy(self.spec)
        routes = [{"method": m, "path": p} for m, p, _ in operations(spec)]
        del spec["paths"]["/api/network"]
        only_served, only_documented = route_differences(spec, routes)
        self.assertEqual(only_served, [("GET", "/api/network")])
        self.assertEqual(only_documented, [])
        event = {"$ref": "#/components/schemas/Error"}
        self.assertEqual(validate(self.spec, event, {"error": "x"}), [])
        self.assertTrue(validate(self.spec, event, {}))
        self.assertTrue(validate(self.spec, event, {"error": "x", "extra": 1}))
        self.assertTrue(validate(self.spec, event, {"error": 3}))
        self.assertTrue(validate(self.spec, {"type": "integer"}, True))


@unittest.skipUnless(BIN and SYNTH, "ENTENTE_BIN and ENTENTE_SYNTH not set")
class DescriptionAgainstServer(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spec = load_spec()
        cls.dir = tempfile.TemporaryDirectory()
        db = os.path.join(cls.dir.name, "events.db")
        subprocess.run([SYNTH, "--db", db, "--events", "3000", "--days", "365", "--start", "2024-01-01",
                        "--seed", "5", "--markup-sample"], check=True, capture_output=True)
        # Synthetic events carry no commitments: a few dated documents with promises do.
        subprocess.run([BIN, "ingest", LEDGER_PATH, "--db", db, "--threads", "2"], check=True, capture_output=True)
        cls.server = Server(db)

    @classmethod
    def tearDownClass(cls):
        cls.server.close()
        cls.dir.cleanup()

    def check_answer(self, op, status, ctype, body, where, nonempty=False):
        """The answer is the documented one for `status`; returns it decoded."""
        self.assertIn(str(status), op["responses"], "%s: undocumented status %d: %s" % (where, status, body[:300]))
        resp = resolve(self.spec, op["responses"][str(status)])
        media = next(iter(resp["content"]))
        self.assertEqual(ctype.split(";")[0].strip(), media.split(";")[0].strip(), where)
        schema = resp["content"][media]["schema"]
        value = json.loads(body) if media == "application/json" else body.decode("utf-8")
        errors = validate(self.spec, schema, value)
        self.assertEqual(errors, [], where)
        if nonempty:
            for key, n in find_arrays(self.spec, schema, value).items():
                self.assertGreater(n, 0, "%s: the known store gives no %s, so their fields go unchecked" % (where, key))
        return value

    def call_ok(self, method, path, op, params, nonempty=False, **kw):
        where = "%s %s %s" % (method, path, params or kw.get("content_type", ""))
        status, ctype, body = self.server.request(method, path, params, **kw)
        self.assertEqual(status, 200, "%s: %s" % (where, body[:300]))
        return self.check_answer(op, status, ctype, body, where, nonempty)

    def test_server_routes_match_the_description(self):
        status, _, body = self.server.request("GET", "/api")
        self.assertEqual(status, 200)
        only_served, only_documented = route_differences(self.spec, json.loads(body)["routes"])
        self.assertEqual(only_served, [], "routes the server answers that doc/openapi.json lacks")
        self.assertEqual(only_documented, [], "routes doc/openapi.json lists that the server lacks")

    def test_every_operation_answers_its_examples(self):
        for method, path, op in operations(self.spec):
            params = parameters(self.spec, op)
            required = {p["name"]: str(p["example"]) for p in params if p.get("required")}
            # Each documented body example (or none), with the required
            # parameters alone: the known store fills every list.
            bodies = [{}]
            if "requestBody" in op:
                bodies = []
                for media, content in op["requestBody"]["content"].items():
                    example = content["example"]
                    text = example if isinstance(example, str) else json.dumps(example)
                    bodies.append({"body": text, "content_type": media})
            for body in bodies:
                value = self.call_ok(method, path, op, required, nonempty=True, **body)
                if body.get("content_type") == "application/json":
                    self.assertNotIn('{"text"', value["explain"], "%s: the JSON body was coded as text" % path)
            for p in params:
                if "example" in p and not p.get("required"):
                    # Each documented parameter is accepted, alone with the required ones.
                    with self.subTest(path=path, parameter=p["name"]):
                        self.call_ok(method, path, op, {**required, p["name"]: str(p["example"])}, **bodies[-1])

    def test_events_pages_follow_the_cursor(self):
        op = self.spec["paths"]["/api/events"]["get"]
        first = self.call_ok("GET", "/api/events", op, {"limit": "7"})
        self.assertIsNotNone(first["next_cursor"])
        second = self.call_ok("GET", "/api/events", op, {"limit": "7", "cursor": first["next_cursor"]})
        self.assertFalse({e["id"] for e in first["events"]} & {e["id"] for e in second["events"]})

    def test_every_documented_error_is_produced(self):
        for method, path, op in operations(self.spec):
            for status, resp in op["responses"].items():
                resp = resolve(self.spec, resp)
                for probe in resp.get("x-probes", []):
                    m = probe.get("method", method)
                    body = probe.get("body")
                    if "body_bytes" in probe:
                        body = "a" * probe["body_bytes"]
                    where = "%s %s %s -> %s" % (m, path, probe, status)
                    with self.subTest(probe=where):
                        got, ctype, answer = self.server.request(m, path, probe.get("params"), probe.get("query"),
                                                                 body, probe.get("content_type"))
                        self.assertEqual(got, int(status), "%s: %s" % (where, answer[:300]))
                        error = self.check_answer(op, got, ctype, answer, where)
                        self.assertTrue(error["error"].strip(), where)

    def test_unknown_paths_are_json_404s(self):
        status, ctype, body = self.server.request("GET", "/api/no-such-endpoint")
        self.assertEqual(status, 404)
        self.assertEqual(validate(self.spec, {"$ref": "#/components/schemas/Error"}, json.loads(body)), [])


if __name__ == "__main__":
    unittest.main()
