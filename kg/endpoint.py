"""Read-only SPARQL 1.1 endpoints as a knowledge-graph store, and a union of several stores.

:class:`SparqlEndpointStore` answers the part of ``pyoxigraph.Store`` that the verifier uses
(``quads_for_pattern``, ``query``, ``len``, ``in``, ``named_graphs``) by sending SPARQL to a query
endpoint (Oxigraph, QLever, Virtuoso, GraphDB, Fuseki ...) over HTTP with ``urllib``: POST
``application/sparql-query`` (GET ``?query=`` when the endpoint answers 405 or 415), answers read as
``application/sparql-results+json``. Every failure (HTTP error, time-out, refused connection,
redirect, an answer that is not SPARQL JSON) becomes a one-line :class:`AttestError` naming the URL.
:class:`UnionStore` puts several stores (``pyoxigraph.Store`` and endpoints) behind one surface.

Queries
    Only SELECT and ASK are sent. A tokenizer (strings, IRIs, comments, variables, prefixed names
    and keywords, as the SPARQL grammar lexes them) refuses ``SERVICE`` (federation: the endpoint
    would fetch from a third party) and every update keyword (``INSERT``, ``DELETE``, ``LOAD``,
    ``CLEAR``, ``DROP``, ``CREATE``, ``ADD``, ``MOVE``, ``COPY``, ``WITH``, ``USING``); the same words
    inside a string, an IRI, a comment, a variable (``?service``) or a prefixed name (``ex:load``) are
    data, not keywords, and pass. ``\\u`` code-point escapes are refused outside and inside strings:
    some parsers expand them before lexing, which would let ``\\u0053ERVICE`` or ``\\u0022`` change
    the query's structure. The final text sent, substitutions included, is checked again
    (``last_query`` holds it).

Substitutions
    A bound variable is never formatted from user text: each term is serialised by pyoxigraph
    (``str(term)``, N-Triples syntax, which is valid SPARQL), its ``\\uXXXX`` escapes turned back into
    the characters (SPARQL strings may hold them raw; NUL is refused), and the result is checked to
    parse back (pyoxigraph's N-Triples parser) to the very same term and to lex as a single term.
    The terms are then bound with a ``VALUES (?a ?b) { (... ...) }`` block inserted *at the head of the
    WHERE group* (``WHERE { VALUES ... <original body> }``; a body that is a bare sub-SELECT is kept
    as a nested group). Not a trailing ``VALUES`` after the WHERE clause: SPARQL joins a trailing
    block after the group's FILTERs and after GROUP BY/aggregation, so ``FILTER(?x = ?bound)`` would
    see ``?bound`` unbound and ``SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }`` with ``?s`` bound would
    count every triple. At the head of the group the binding is joined before the group's FILTERs,
    OPTIONALs and aggregation, which is what pyoxigraph's ``substitutions`` (pre-binding) give for the
    queries it accepts (it requires the variable to be projected; this class does not). Not
    replacing the variable by the term in the text either: a term is illegal where a variable is
    required (the projection, ``AS ?x``, ``GROUP BY ?x``, ``VALUES ?x``). Known difference: a
    ``BIND(... AS ?x)`` of a bound variable in the outer group is an error at the endpoint.

Named graphs
    ``graph_names=True`` (default) reads ``{ GRAPH ?g { T } } UNION { T FILTER NOT EXISTS { GRAPH ?g0 { T } } }``:
    each triple once per named graph it is in (``graph_name`` the graph) plus the default graph's
    triples that are in no named graph (``DefaultGraph()``). That gives pyoxigraph's answers on
    endpoints with a separate default graph (Oxigraph, Fuseki) and no duplicates on endpoints whose
    default graph is the union of the named graphs (Virtuoso, GraphDB, QLever). The one difference
    from ``pyoxigraph.Store``: a triple in both the default graph and a named graph comes back once
    (with the named graph), not twice. ``graph_names=False`` reads only the endpoint's default graph
    (every quad ``DefaultGraph()``; cheaper on very large endpoints whose default graph is the union).
    ``query(use_default_graph_as_union=...)`` is accepted for signature compatibility only: an
    endpoint's query runs against the dataset the endpoint defines (Oxigraph: its default graph,
    unless started with ``--union-default-graph`` or given ``?union-default-graph`` in the URL).
    ``len`` and ``predicate_counts`` use the same graph reading as ``quads_for_pattern``.

Blank nodes
    SPARQL cannot name a blank node: ``_:b`` in a query is a fresh variable and ``VALUES`` refuses
    blank nodes. So every blank node read in a quad is remembered with an *anchor*, the quad it was
    read in (its other blank positions anchored in turn, at most 4 deep). A bound blank node becomes
    a sub-SELECT over its anchor chain: ``{ SELECT DISTINCT ?b WHERE { <anchor triples> } }``. Once
    per store, and then per blank node, the anchor is resolved: where the endpoint's label for the
    node comes back (stable labels, as Oxigraph and Virtuoso give), the anchor is used and the rows
    are kept by label; where labels differ per query, the anchor is used only when it matches
    exactly one blank node. An ambiguous anchor at an endpoint with unstable labels, a blank node
    never read from this store (e.g. one from another store of a union), or one only seen in a SELECT
    row (no quad context) matches nothing; ``blank_misses`` counts such look-ups. Quads yielded for a
    bound blank node carry the caller's ``BlankNode``. Labels that are not valid pyoxigraph blank-node
    identifiers (Virtuoso's ``nodeID://b12``) are mapped to a stable hash.

Bounds
    Every SELECT sent carries ``LIMIT max_rows + 1`` (a user query's larger LIMIT is lowered to it);
    more rows than ``max_rows`` are cut and ``truncated`` is set (and stays set). An answer over
    ``max_response_bytes`` is refused. There is no paging. Each request has ``timeout_s`` for each
    network wait and as a deadline on reading the answer. Redirects are refused (a POST must not be
    turned into a GET to another address); proxies from the environment are used except for
    loopback hosts.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import itertools
import json
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from core.errors import AttestError

__all__ = ["SparqlEndpointStore", "SparqlRow", "SparqlSolutions", "UnionStore", "check_query",
           "predicate_counts"]

ACCEPT = "application/sparql-results+json, application/json;q=0.5"
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH",
                          "USING"})
AGGREGATE_WORDS = frozenset({"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"})
MAX_ANCHOR_DEPTH = 4
MAX_ANCHORS = 200_000
RESOLVE_LIMIT = 1000

# -- the tokenizer ------------------------------------------------------------------------------
_TOKEN_RE = re.compile(r"""
  (?P<ws>[ \t\r\n]+)
| (?P<comment>\#[^\r\n]*)
| (?P<string>\"\"\"(?>(?:\"|\"\")?(?:[^\"\\]|\\.))*+\"\"\"
           |'''(?>(?:'|'')?(?:[^'\\]|\\.))*+'''
           |\"(?:[^\"\\\r\n]|\\.)*+\"
           |'(?:[^'\\\r\n]|\\.)*+')
| (?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)
| (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
| (?P<blank>_:[\w\-.\u00B7\u0300-\u036F\u203F\u2040]*)
| (?P<pname>(?:[^\W\d_][\w\-.\u00B7\u0300-\u036F\u203F\u2040]*)?:
            (?:[\w\-.:%\u00B7\u0300-\u036F\u203F\u2040]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
| (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<word>[^\W\d]\w*)
| (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
| (?P<punct>\^\^|&&|\|\||<=|>=|!=|[{}()\[\].,;*+\-/!=<>|^])
| (?P<other>.)
""", re.X | re.S)
_UNICODE_ESCAPE_RE = re.compile(r"\\[uU]")
_NT_UNICODE_ESCAPE_RE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")
_VARNAME_RE = re.compile(r"\w+")


class _Tok(NamedTuple):
    kind: str
    text: str
    start: int
    end: int


def _refuse(message: str) -> AttestError:
    return AttestError(f"SPARQL query refused: {message}")


def _lex(text: str) -> list[_Tok]:
    """Tokens of a SPARQL query without whitespace and comments; raises on constructs refused."""
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        tok = m.group()
        if kind == "other":
            if tok in "\"'":
                raise _refuse(f"unterminated string at character {m.start() + 1}")
            if tok == "\\":
                raise _refuse("a backslash outside a string (\\u escapes are not accepted; write the character)")
        elif kind == "string" and _UNICODE_ESCAPE_RE.search(tok.replace("\\\\", "")):
            raise _refuse("\\u escapes are not accepted in strings; write the character itself")
        elif kind == "word":
            up = tok.upper()
            if up == "SERVICE":
                raise _refuse("SERVICE (federated query) is not allowed")
            if up in UPDATE_WORDS:
                raise _refuse(f"{up} is an update; the endpoint is only read")
        out.append(_Tok(kind, tok, m.start(), m.end()))
    return out


@dataclass(frozen=True)
class _Parsed:
    """A checked query: its tokens, form and the WHERE group's braces (token indexes)."""

    text: str
    tokens: list[_Tok]
    form: str       # SELECT | ASK
    form_idx: int
    open_idx: int   # the WHERE group's "{"
    close_idx: int  # its matching "}"

    def outer_select_clause(self) -> list[_Tok]:
        return self.tokens[self.form_idx + 1:self.open_idx]

    def modifiers(self) -> list[_Tok]:
        """Tokens after the WHERE group (GROUP BY, ORDER BY, LIMIT, trailing VALUES ...)."""
        return self.tokens[self.close_idx + 1:]


def check_query(text: str) -> _Parsed:
    """Lex and check one SPARQL query: SELECT or ASK, no SERVICE, no update, balanced braces.

    Raises :class:`AttestError` (one line) when the query is refused.
    """
    if not isinstance(text, str):
        raise TypeError("a SPARQL query is a str")
    toks = _lex(text)
    i = 0
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("BASE", "PREFIX"):
        i += 3 if toks[i].text.upper() == "PREFIX" else 2
    if i >= len(toks) or toks[i].kind != "word":
        raise _refuse("not a SELECT or ASK query")
    form = toks[i].text.upper()
    if form in ("CONSTRUCT", "DESCRIBE"):
        raise _refuse(f"{form} queries are not supported; use SELECT or ASK")
    if form not in ("SELECT", "ASK"):
        raise _refuse(f"'{toks[i].text}' does not start a SELECT or ASK query")
    form_idx = i
    paren = 0
    open_idx = -1
    for j in range(form_idx + 1, len(toks)):
        t = toks[j].text
        if toks[j].kind != "punct":
            continue
        if t == "(":
            paren += 1
        elif t == ")":
            paren -= 1
        elif t == "{" and paren == 0:
            open_idx = j
            break
    if open_idx < 0:
        raise _refuse("no WHERE { ... } group")
    depth = 0
    close_idx = -1
    for j in range(open_idx, len(toks)):
        if toks[j].kind != "punct":
            continue
        if toks[j].text == "{":
            depth += 1
        elif toks[j].text == "}":
            depth -= 1
            if depth == 0 and close_idx < 0:
                close_idx = j
            if depth < 0:
                raise _refuse("unbalanced braces")
    if close_idx < 0 or depth != 0:
        raise _refuse("unbalanced braces")
    return _Parsed(text, toks, form, form_idx, open_idx, close_idx)


# -- terms ----------------------------------------------------------------------------------------
def _ox() -> Any:
    import pyoxigraph

    return pyoxigraph


def _sparql_term(term: Any) -> str:
    """A NamedNode or Literal in SPARQL syntax: pyoxigraph's own N-Triples serialisation, checked."""
    ox = _ox()
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise TypeError(f"cannot send {type(term).__name__} to a SPARQL endpoint (NamedNode or Literal)")
    text = str(term)
    if isinstance(term, ox.Literal):
        def raw(m: re.Match[str]) -> str:
            code = int(m.group(1) or m.group(2), 16)
            if code == 0:
                raise AttestError("a literal containing a NUL character cannot be sent to a SPARQL endpoint")
            return chr(code)

        # keep a backslash pair as it is; expand \uXXXX that pyoxigraph writes for control characters
        text = re.sub(r"\\\\|" + _NT_UNICODE_ESCAPE_RE.pattern, lambda m: m.group() if m.group() == "\\\\"
                      else raw(m), text)
    # it must read back as the same term, and lex as one term
    try:
        back = next(iter(ox.parse(f"<urn:attest:s> <urn:attest:p> {text} .", format=ox.RdfFormat.N_TRIPLES))).object
    except (SyntaxError, ValueError, StopIteration):
        back = None
    toks = _lex(text)
    kinds = [t.kind for t in toks]
    ok_kinds = (["iri"] if isinstance(term, ox.NamedNode)
                else [["string"], ["string", "lang"], ["string", "punct", "iri"]])
    if back != term or not (kinds == ok_kinds if isinstance(term, ox.NamedNode) else kinds in ok_kinds):
        raise AttestError(f"the term {text[:80]} cannot be sent to a SPARQL endpoint safely")
    return text


def _varname(key: Any) -> str:
    ox = _ox()
    name = key.value if isinstance(key, ox.Variable) else key
    if not isinstance(name, str) or not _VARNAME_RE.fullmatch(name):
        raise AttestError(f"invalid SPARQL variable name {name!r}")
    return name


def _blank_id(label: str) -> str:
    """A pyoxigraph blank-node id for an endpoint's label: the label itself when valid, else a hash."""
    ox = _ox()
    try:
        return str(ox.BlankNode(label).value)
    except (ValueError, TypeError):
        return "x" + hashlib.sha256(label.encode("utf-8", "surrogatepass")).hexdigest()[:32]


# -- results --------------------------------------------------------------------------------------
class SparqlRow:
    """One SELECT solution: ``row["x"]``, ``row[Variable("x")]`` or ``row[0]`` give the term or None."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: Mapping[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._values[key]
        name = key if isinstance(key, str) else getattr(key, "value", None)
        i = self._index.get(name) if isinstance(name, str) else None
        return None if i is None else self._values[i]

    def get(self, key: Any, default: Any = None) -> Any:
        value = self[key]
        return default if value is None else value

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SparqlRow) and self._values == other._values and self._index == other._index

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        names = sorted(self._index, key=self._index.__getitem__)
        return "<SparqlRow " + " ".join(f"{n}={v!r}" for n, v in zip(names, self._values, strict=True)) + ">"


class SparqlSolutions(list[Any]):
    """The rows of a SELECT (a list), with ``variables`` (pyoxigraph ``Variable``) and ``truncated``."""

    def __init__(self, rows: Iterable[Any] = (), variables: Sequence[Any] = (), truncated: bool = False) -> None:
        super().__init__(rows)
        self.variables = list(variables)
        self.truncated = truncated


class _MethodRefused(Exception):
    pass


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> None:
        return None


@dataclass
class _Blank:
    """How a bound blank node is expressed: a sub-SELECT binding ``var`` and whether rows need filtering."""

    subselect: str
    label: str
    exact: bool  # the anchor matches this node only; else rows are kept where the var's label is ``label``


# -- the endpoint store ------------------------------------------------------------------------------
class SparqlEndpointStore:
    """A read-only SPARQL 1.1 query endpoint behind the ``pyoxigraph.Store`` surface the verifier uses.

    Parameters
    ----------
    url:
        The query endpoint (``http`` or ``https``), e.g. ``http://127.0.0.1:7878/query``.
    timeout_s:
        Seconds allowed for each network wait of a request, and for reading its answer.
    max_rows:
        Most rows read per request; more are cut and :attr:`truncated` is set.
    graph_names:
        Read named graphs (``GRAPH ?g``) as well as the default graph; see the module notes.
    """

    max_response_bytes = 256 * 1024**2

    def __init__(self, url: str, timeout_s: float = 10.0, max_rows: int = 100_000, graph_names: bool = True) -> None:
        if not isinstance(url, str):
            raise AttestError("a SPARQL endpoint is given as an http:// or https:// URL")
        url = url.strip()
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise AttestError(f"SPARQL endpoint '{url[:200]}' is not an http:// or https:// URL")
        if any(c.isspace() or ord(c) < 0x20 for c in url):
            raise AttestError(f"SPARQL endpoint '{url[:200]}' contains spaces or control characters")
        if parts.username is not None or parts.password is not None:
            raise AttestError("SPARQL endpoint URLs with a user name or password are not supported")
        if not timeout_s > 0:
            raise AttestError(f"SPARQL endpoint time-out must be positive, not {timeout_s}")
        if int(max_rows) < 1:
            raise AttestError(f"SPARQL endpoint max_rows must be at least 1, not {max_rows}")
        self.url = urllib.parse.urlunsplit(parts._replace(fragment=""))
        self.source = self.url
        self.timeout_s = float(timeout_s)
        self.max_rows = int(max_rows)
        self.graph_names = bool(graph_names)
        self.truncated = False
        self.blank_misses = 0
        self.last_query: str | None = None
        self._len: int | None = None
        self._pred_counts: dict[str, int] | None = None
        self._anchors: dict[str, tuple[Any, Any, Any, Any]] = {}
        self._resolved: dict[str, bool | None] = {}  # label -> exact? (None: cannot be identified)
        self._stable_labels: bool | None = None
        handlers: list[Any] = [_NoRedirect()]
        host = (parts.hostname or "").lower()
        if host in ("localhost", "::1") or host.startswith("127."):
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:
        return f"SparqlEndpointStore({self.url!r})"

    def __bool__(self) -> bool:
        return True  # never a COUNT(*) round trip just to test truthiness

    # -- HTTP --------------------------------------------------------------------------------------
    def _fail(self, what: str) -> AttestError:
        return AttestError(f"SPARQL endpoint {self.url} {what}")

    def _fetch(self, req: urllib.request.Request, allow_retry: bool) -> tuple[bytes, str]:
        deadline = time.monotonic() + self.timeout_s
        try:
            with self._opener.open(req, timeout=self.timeout_s) as resp:
                ctype = str(resp.headers.get("Content-Type") or "")
                chunks: list[bytes] = []
                total = 0
                while True:
                    if time.monotonic() > deadline:
                        raise TimeoutError
                    chunk = resp.read(1 << 16)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > self.max_response_bytes:
                        raise self._fail(f"sent more than {self.max_response_bytes // 1024**2} MiB; "
                                         "narrow the query")
                    chunks.append(chunk)
                return b"".join(chunks), ctype
        except urllib.error.HTTPError as exc:
            if allow_retry and exc.code in (405, 415):
                raise _MethodRefused from None
            if 300 <= exc.code < 400:
                where = exc.headers.get("Location") if exc.headers else None
                raise self._fail(f"redirects (HTTP {exc.code}) to {where or 'another address'}; "
                                 "give that URL instead") from None
            body = b""
            with contextlib.suppress(Exception):
                body = exc.read(2000)
            first = next((ln.strip() for ln in body.decode("utf-8", "replace").splitlines() if ln.strip()), "")
            detail = f": {first[:200]}" if first else ""
            raise self._fail(f"answered HTTP {exc.code} {exc.reason}{detail}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise self._fail(f"did not answer within {self.timeout_s:g} s") from None
            if isinstance(reason, ConnectionRefusedError):
                raise self._fail("refused the connection (is the server running?)") from None
            if isinstance(reason, socket.gaierror):
                raise self._fail("cannot be found (unknown host name)") from None
            if isinstance(reason, ssl.SSLError):
                raise self._fail(f"failed the TLS handshake ({getattr(reason, 'reason', None) or reason})") from None
            raise self._fail(f"cannot be reached ({reason})") from None
        except TimeoutError:
            raise self._fail(f"did not answer within {self.timeout_s:g} s") from None
        except ConnectionError as exc:
            raise self._fail(f"dropped the connection ({type(exc).__name__})") from None
        except http.client.HTTPException as exc:
            raise self._fail(f"sent a broken HTTP answer ({type(exc).__name__})") from None
        except OSError as exc:
            raise self._fail(f"cannot be reached ({exc.strerror or exc})") from None

    def _send(self, query: str) -> dict[str, Any]:
        """POST (or GET) one checked query; the decoded SPARQL JSON answer."""
        check_query(query)  # what is sent is checked, whatever built it
        self.last_query = query
        headers = {"Accept": ACCEPT, "User-Agent": "attest-kg"}
        try:
            data = query.encode("utf-8")
        except UnicodeEncodeError:
            raise _refuse("the query is not valid Unicode (a lone surrogate)") from None
        post = urllib.request.Request(self.url, data=data, method="POST",
                                      headers={**headers, "Content-Type": "application/sparql-query; charset=utf-8"})
        try:
            body, ctype = self._fetch(post, allow_retry=True)
        except _MethodRefused:
            sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
            get = urllib.request.Request(self.url + sep + urllib.parse.urlencode({"query": query}), method="GET",
                                         headers=headers)
            body, ctype = self._fetch(get, allow_retry=False)
        kind = ctype.split(";")[0].strip().lower() or "no content type"
        try:
            answer = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            answer = None
        if not isinstance(answer, dict) or not ("boolean" in answer or isinstance(answer.get("results"), dict)):
            raise self._fail(f"did not answer with SPARQL JSON results (got {kind}); is this the query URL?")
        return answer

    def _term(self, b: Any) -> Any:
        ox = _ox()
        if not isinstance(b, dict) or not isinstance(b.get("value"), str | dict):
            raise self._fail("sent a malformed binding in its JSON results")
        kind, value = b.get("type"), b["value"]
        try:
            if kind == "uri":
                return ox.NamedNode(value)
            if kind in ("literal", "typed-literal"):
                lang, dt = b.get("xml:lang"), b.get("datatype")
                if lang:
                    return ox.Literal(value, language=lang)
                if dt:
                    return ox.Literal(value, datatype=ox.NamedNode(dt))
                return ox.Literal(value)
            if kind == "bnode":
                return ox.BlankNode(_blank_id(value))
            if kind == "triple" and isinstance(value, dict):
                return ox.Triple(self._term(value.get("subject")), self._term(value.get("predicate")),
                                 self._term(value.get("object")))
        except (ValueError, TypeError) as exc:
            raise self._fail(f"sent an invalid {kind} term '{str(value)[:80]}' ({exc})") from None
        raise self._fail(f"sent a term of unknown type '{kind}'")

    def _select(self, query: str) -> SparqlSolutions:
        data = self._send(query)
        ox = _ox()
        head = data.get("head")
        names = [v for v in (head.get("vars") or [] if isinstance(head, dict) else []) if isinstance(v, str)]
        bindings = data.get("results", {}).get("bindings")
        if not isinstance(bindings, list):
            raise self._fail("did not answer a SELECT with result rows")
        truncated = len(bindings) > self.max_rows
        if truncated:
            self.truncated = True
            bindings = bindings[:self.max_rows]
        index = {n: i for i, n in enumerate(names)}
        rows = []
        for b in bindings:
            if not isinstance(b, dict):
                raise self._fail("sent a malformed row in its JSON results")
            rows.append(SparqlRow(index, [self._term(b[n]) if n in b else None for n in names]))
        return SparqlSolutions(rows, [ox.Variable(n) for n in names], truncated)

    def _ask(self, query: str) -> bool:
        value = self._send(query).get("boolean")
        if not isinstance(value, bool):
            raise self._fail("did not answer an ASK with true or false")
        return value

    # -- blank nodes ---------------------------------------------------------------------------------
    def _remember(self, quad: Any) -> None:
        ox = _ox()
        if len(self._anchors) >= MAX_ANCHORS:
            return
        parts = (quad.subject, quad.predicate, quad.object)
        for t in parts:
            if isinstance(t, ox.BlankNode) and t.value not in self._anchors:
                others = [x for x in parts if isinstance(x, ox.BlankNode) and x.value != t.value]
                if all(x.value in self._anchors for x in others):
                    self._anchors[t.value] = (*parts, quad.graph_name)

    def _anchor_lines(self, label: str, var: str, depth: int, counter: Iterator[int]) -> list[str] | None:
        ox = _ox()
        anchor = self._anchors.get(label)
        if anchor is None or depth > MAX_ANCHOR_DEPTH:
            return None
        lines: list[str] = []
        parts: list[str] = []
        for t in anchor[:3]:
            if isinstance(t, ox.BlankNode):
                if t.value == label:
                    parts.append(var)
                    continue
                inner = next(v for v in (f"?_a{n}" for n in counter) if v != var)
                sub = self._anchor_lines(t.value, inner, depth + 1, counter)
                if sub is None:
                    return None
                lines.extend(sub)
                parts.append(inner)
            elif isinstance(t, ox.NamedNode | ox.Literal):
                parts.append(_sparql_term(t))
            else:
                return None
        triple = " ".join(parts) + " ."
        g = anchor[3]
        lines.append(f"GRAPH {_sparql_term(g)} {{ {triple} }}" if isinstance(g, ox.NamedNode) else triple)
        return lines

    def _blank(self, label: str, var: str) -> _Blank | None:
        """The pattern for a bound blank node, resolving its anchor if needed; None when it cannot match."""
        lines = self._anchor_lines(label, var, 0, itertools.count())
        if lines is None:
            self.blank_misses += 1
            return None
        subselect = f"{{ SELECT DISTINCT {var} WHERE {{ {' '.join(lines)} }} }}"
        if label not in self._resolved:
            rows = self._select(f"SELECT DISTINCT {var} WHERE {{ {' '.join(lines)} }} LIMIT {RESOLVE_LIMIT}")
            found = {r[0].value for r in rows if r[0] is not None and isinstance(r[0], _ox().BlankNode)}
            if label in found:
                self._stable_labels = True
                self._resolved[label] = len(found) == 1
            elif len(found) == 1 and not self._stable_labels:
                # labels differ per query here (or this is the first look-up): a unique anchor still names it
                self._stable_labels = False
                self._resolved[label] = True
            else:
                self._resolved[label] = None
        exact = self._resolved[label]
        if exact is None:
            self.blank_misses += 1
            return None
        return _Blank(subselect, label, exact)

    def _keep(self, row: Any, var: str, blank: _Blank) -> bool:
        if blank.exact:
            return True
        term = row[var[1:]]
        return term is not None and getattr(term, "value", None) == blank.label

    # -- the pattern surface --------------------------------------------------------------------------
    def _graph_part(self, triple: str, g: Any) -> tuple[str, bool] | None:
        """(pattern, whether ?g is bound in it) for a triple pattern in the graphs asked for."""
        ox = _ox()
        if g is None:
            if self.graph_names:
                return (f"{{ GRAPH ?g {{ {triple} }} }} UNION "
                        f"{{ {triple} FILTER NOT EXISTS {{ GRAPH ?g0 {{ {triple} }} }} }}"), True
            return f"{triple} .", False
        if isinstance(g, ox.DefaultGraph):
            if self.graph_names:
                return f"{triple} FILTER NOT EXISTS {{ GRAPH ?g0 {{ {triple} }} }}", False
            return f"{triple} .", False
        if isinstance(g, ox.NamedNode):
            return f"GRAPH {_sparql_term(g)} {{ {triple} }}", False
        if isinstance(g, ox.BlankNode):
            return None
        raise TypeError(f"graph name must be a NamedNode, DefaultGraph or None, not {type(g).__name__}")

    def quads_for_pattern(self, s: Any, p: Any, o: Any, g: Any = None, limit: int | None = None) -> Iterator[Any]:
        """The quads matching a pattern (None matches anything), like ``pyoxigraph.Store``'s.

        ``g``: None for all graphs, ``DefaultGraph()`` or a ``NamedNode``. ``limit`` is sent as LIMIT.
        """
        ox = _ox()
        if s is not None and not isinstance(s, ox.NamedNode | ox.BlankNode | ox.Triple):
            raise TypeError(f"subject must be a NamedNode, BlankNode or None, not {type(s).__name__}")
        if p is not None and not isinstance(p, ox.NamedNode):
            raise TypeError(f"predicate must be a NamedNode or None, not {type(p).__name__}")
        if o is not None and not isinstance(o, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple):
            raise TypeError(f"object must be a term or None, not {type(o).__name__}")
        cap = self.max_rows + 1 if limit is None else min(int(limit), self.max_rows + 1)
        if cap <= 0 or isinstance(s, ox.Triple) or isinstance(o, ox.Triple):
            return iter(())  # quoted triples cannot be written in SPARQL 1.1
        head: list[str] = []
        blanks: dict[str, _Blank] = {}
        parts: list[str] = []
        for name, term in (("s", s), ("p", p), ("o", o)):
            if term is None:
                parts.append("?" + name)
            elif isinstance(term, ox.BlankNode):
                var = "?b" + name
                blank = self._blank(term.value, var)
                if blank is None:
                    return iter(())
                blanks[var] = blank
                head.append(blank.subselect)
                parts.append(var)
            else:
                parts.append(_sparql_term(term))
        graph = self._graph_part(" ".join(parts), g)
        if graph is None:
            return iter(())
        pattern, has_g = graph
        variables = [v for v in parts if v.startswith("?")] + (["?g"] if has_g else [])
        where = " ".join([*head, pattern])
        fixed_g = g if g is not None else ox.DefaultGraph()
        if not variables:
            if not self._ask(f"ASK {{ {where} }}"):
                return iter(())
            quads = [ox.Quad(s, p, o, fixed_g)]
        else:
            rows = self._select(f"SELECT {' '.join(variables)} WHERE {{ {where} }} LIMIT {cap}")
            quads = []
            for row in rows:
                if not all(self._keep(row, var, b) for var, b in blanks.items()):
                    continue
                # a bound position keeps the caller's term (a bound blank node its caller's label)
                terms = [term if term is not None else row[name] for name, term in (("s", s), ("p", p), ("o", o))]
                if any(t is None for t in terms):
                    continue  # a non-conforming endpoint left a pattern variable unbound
                gname = row["g"] if has_g else None
                quads.append(ox.Quad(*terms, gname if gname is not None else fixed_g))
        for q in quads:
            self._remember(q)
        return iter(quads)

    def __contains__(self, quad: Any) -> bool:
        return any(True for _ in self.quads_for_pattern(quad.subject, quad.predicate, quad.object,
                                                         quad.graph_name, limit=1))

    def named_graphs(self) -> Iterator[Any]:
        rows = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {self.max_rows + 1}")
        return iter([r[0] for r in rows if r[0] is not None])

    def __len__(self) -> int:
        """Triples (quads) as :meth:`quads_for_pattern` reads them, counted once and cached."""
        if self._len is None:
            pattern, _ = self._graph_part("?s ?p ?o", None) or ("", False)
            rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
            self._len = _int_of(rows[0][0] if rows else None, self)
        return self._len

    def predicate_counts(self) -> dict[str, int]:
        """Predicate IRI -> number of triples, as :meth:`quads_for_pattern` reads them (cached)."""
        if self._pred_counts is None:
            pattern, _ = self._graph_part("?s ?p ?o", None) or ("", False)
            rows = self._select(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {pattern} }} GROUP BY ?p "
                                f"LIMIT {self.max_rows + 1}")
            ox = _ox()
            self._pred_counts = {r["p"].value: _int_of(r["n"], self) for r in rows if isinstance(r["p"], ox.NamedNode)}
        return dict(self._pred_counts)

    # -- SPARQL --------------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Mapping[Any, Any] | None = None,
              use_default_graph_as_union: bool = True) -> Any:
        """Run a SELECT (a :class:`SparqlSolutions` of :class:`SparqlRow`) or an ASK (a ``bool``).

        ``substitutions`` binds variables (``Variable`` or name) to NamedNode, Literal or BlankNode
        terms; see the module notes. ``use_default_graph_as_union`` is accepted and ignored: the
        endpoint's own dataset applies.
        """
        parsed = check_query(sparql)
        ox = _ox()
        values: list[tuple[str, str]] = []
        heads: list[str] = []
        filters: list[tuple[str, _Blank]] = []
        for key, term in (substitutions or {}).items():
            var = "?" + _varname(key)
            if isinstance(term, ox.BlankNode):
                blank = self._blank(term.value, var)
                if blank is None:
                    heads.append("FILTER(false)")  # a blank node this endpoint does not hold
                    continue
                heads.insert(0, blank.subselect)
                if not blank.exact:
                    filters.append((var, blank))
            else:
                values.append((var, _sparql_term(term)))
        if values:
            heads.append(f"VALUES ({' '.join(v for v, _ in values)}) {{ ({' '.join(t for _, t in values)}) }}")
        text = _insert_head(parsed, " ".join(heads)) if heads else sparql
        if parsed.form == "ASK":
            if filters:
                raise AttestError(f"a blank node cannot be bound in an ASK query at {self.url}: more than one "
                                  "blank node matches what is known of it")
            return self._ask(text)
        text = _cap_limit(check_query(text), self.max_rows + 1)
        rows = self._select(text)
        if filters:
            names = {v.value for v in rows.variables}
            missing = [v for v, _ in filters if v[1:] not in names]
            if missing:
                raise AttestError(f"a blank node bound to {missing[0]} cannot be identified at {self.url} "
                                  f"unless {missing[0]} is selected")
            rows = SparqlSolutions([r for r in rows if all(self._keep(r, v, b) for v, b in filters)],
                                   rows.variables, rows.truncated)
        return rows


def _int_of(term: Any, store: SparqlEndpointStore) -> int:
    try:
        return int(term.value)
    except (AttributeError, ValueError, TypeError):
        raise store._fail("answered a COUNT with something that is not a number") from None


def _insert_head(parsed: _Parsed, head: str) -> str:
    """Put ``head`` at the start of the WHERE group (a bare sub-SELECT body becomes a nested group)."""
    toks, text = parsed.tokens, parsed.text
    open_t, close_t = toks[parsed.open_idx], toks[parsed.close_idx]
    first = toks[parsed.open_idx + 1]
    if first.kind == "word" and first.text.upper() == "SELECT":
        return (text[:open_t.end] + "\n" + head + " {" + text[open_t.end:close_t.start] + "\n}"
                + text[close_t.start:])
    return text[:open_t.end] + "\n" + head + "\n" + text[open_t.end:]


def _top_level_words(parsed: _Parsed) -> Iterator[tuple[_Tok, str, _Tok | None]]:
    """The solution modifiers' words outside any brackets: (token, upper-case text, next token)."""
    depth = 0
    mods = parsed.modifiers()
    for i, t in enumerate(mods):
        if t.kind == "punct" and t.text in "{(":
            depth += 1
        elif t.kind == "punct" and t.text in "})":
            depth -= 1
        elif depth == 0 and t.kind == "word":
            yield t, t.text.upper(), mods[i + 1] if i + 1 < len(mods) else None


def _cap_limit(parsed: _Parsed, cap: int) -> str:
    """The query with its top-level LIMIT at most ``cap`` (added when missing)."""
    text = parsed.text
    insert_at = len(text)
    for t, up, nxt in _top_level_words(parsed):
        if up == "LIMIT" and nxt is not None and nxt.kind == "num":
            if int(float(nxt.text)) <= cap:
                return text
            return text[:nxt.start] + str(cap) + text[nxt.end:]
        if up == "VALUES":
            insert_at = t.start
            break
    return text[:insert_at] + f"\nLIMIT {cap}\n" + text[insert_at:]


# -- several stores ------------------------------------------------------------------------------------
def predicate_counts(store: Any) -> dict[str, int]:
    """Predicate IRI -> triple count over all graphs of any store (a pyoxigraph.Store counts its quads)."""
    method = getattr(store, "predicate_counts", None)
    if callable(method):
        return dict(method())
    counts: dict[str, int] = {}
    for row in store.query("SELECT ?p (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } "
                           "GROUP BY ?p", use_default_graph_as_union=False):
        counts[row["p"].value] = int(row["n"].value)
    return counts


class UnionStore:
    """Several stores (``pyoxigraph.Store`` and/or :class:`SparqlEndpointStore`) as one.

    Pattern look-ups yield every store's quads in turn; a triple held by two stores is yielded twice
    (once per store: evidence can name both sources; :meth:`sources_of` or
    :meth:`tagged_quads_for_pattern` say where a quad came from). SELECT rows are concatenated
    (``DISTINCT`` and ``LIMIT`` applied across stores); queries that cannot be answered by
    concatenation (aggregates, GROUP BY, HAVING, ORDER BY, OFFSET at the top level) are refused:
    :meth:`predicate_counts` and ``len`` sum instead. ASK is true when any store says so.
    """

    def __init__(self, stores: Sequence[Any], sources: Sequence[str] | None = None) -> None:
        self.stores = list(stores)
        if not self.stores:
            raise AttestError("a union of knowledge-graph stores needs at least one store")
        if sources is None:
            sources = [str(getattr(st, "source", None) or f"store {i + 1}") for i, st in enumerate(self.stores)]
        if len(sources) != len(self.stores):
            raise ValueError("one source name per store")
        self.sources = [str(x) for x in sources]
        self.source = " + ".join(self.sources)

    def __repr__(self) -> str:
        return f"UnionStore({self.sources!r})"

    def __bool__(self) -> bool:
        return True

    @property
    def truncated(self) -> bool:
        return any(bool(getattr(st, "truncated", False)) for st in self.stores)

    def tagged_quads_for_pattern(self, s: Any, p: Any, o: Any, g: Any = None,
                                 limit: int | None = None) -> Iterator[tuple[Any, str]]:
        """(quad, source name) for every store's matching quads, at most ``limit`` in all."""
        left = limit
        for store, name in zip(self.stores, self.sources, strict=True):
            if left is not None and left <= 0:
                return
            if isinstance(store, SparqlEndpointStore | UnionStore):
                it: Iterable[Any] = store.quads_for_pattern(s, p, o, g, limit=left)
            else:
                it = store.quads_for_pattern(s, p, o, g)
                if left is not None:
                    it = itertools.islice(it, left)
            for q in it:
                yield q, name
                if left is not None:
                    left -= 1

    def quads_for_pattern(self, s: Any, p: Any, o: Any, g: Any = None, limit: int | None = None) -> Iterator[Any]:
        return (q for q, _ in self.tagged_quads_for_pattern(s, p, o, g, limit))

    def sources_of(self, quad: Any) -> list[str]:
        """The names of the stores that hold ``quad`` (same graph)."""
        return [name for store, name in zip(self.stores, self.sources, strict=True) if quad in store]

    def __contains__(self, quad: Any) -> bool:
        return any(quad in store for store in self.stores)

    def __len__(self) -> int:
        return sum(len(store) for store in self.stores)

    def predicate_counts(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for store in self.stores:
            for p, n in predicate_counts(store).items():
                total[p] = total.get(p, 0) + n
        return total

    def named_graphs(self) -> Iterator[Any]:
        seen: set[Any] = set()
        for store in self.stores:
            for g in store.named_graphs():
                if g not in seen:
                    seen.add(g)
                    yield g

    def query(self, sparql: str, substitutions: Mapping[Any, Any] | None = None,
              use_default_graph_as_union: bool = True) -> Any:
        """SELECT rows of every store concatenated, or ASK true when any store says true."""
        parsed = check_query(sparql)
        distinct, limit = _union_plan(parsed)
        union = use_default_graph_as_union
        ox = _ox()
        subs = {k if isinstance(k, ox.Variable) else ox.Variable(_varname(k)): v
                for k, v in (substitutions or {}).items()}
        if parsed.form == "ASK":
            return any(bool(store.query(sparql, substitutions=subs, use_default_graph_as_union=union))
                       for store in self.stores)
        rows: list[Any] = []
        seen: set[tuple[Any, ...]] = set()
        variables: list[Any] = []
        truncated = False
        for store in self.stores:
            if limit is not None and len(rows) >= limit:
                break
            res = store.query(sparql, substitutions=subs, use_default_graph_as_union=union)
            if not variables:
                variables = list(getattr(res, "variables", []))
            truncated = truncated or bool(getattr(res, "truncated", False))
            for row in res:
                if distinct:
                    key = tuple(row)
                    if key in seen:
                        continue
                    seen.add(key)
                rows.append(row)
                if limit is not None and len(rows) >= limit:
                    break
        return SparqlSolutions(rows, variables, truncated)


def _union_plan(parsed: _Parsed) -> tuple[bool, int | None]:
    """(DISTINCT/REDUCED?, LIMIT) of a SELECT that can be answered by concatenation, else refuse."""
    if parsed.form != "SELECT":
        return False, None
    clause = parsed.outer_select_clause()
    for t in clause:
        if t.kind == "word" and t.text.upper() in AGGREGATE_WORDS:
            raise AttestError(f"an aggregate ({t.text.upper()}) cannot be answered over several stores by "
                              "joining their rows; count per store (predicate_counts() and len() sum)")
    distinct = bool(clause) and clause[0].kind == "word" and clause[0].text.upper() in ("DISTINCT", "REDUCED")
    limit: int | None = None
    for _t, up, nxt in _top_level_words(parsed):
        if up in ("GROUP", "HAVING", "ORDER", "OFFSET"):
            raise AttestError(f"{up} cannot be answered over several stores by joining their rows")
        if up == "LIMIT" and nxt is not None and nxt.kind == "num":
            limit = int(float(nxt.text))
        if up == "VALUES":
            break
    return distinct, limit
