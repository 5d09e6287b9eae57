"""Concept search over lessons, the glossary and interview cards (SQLite FTS5 via sqlite-utils).

Usage::

    from content.search import search
    for hit in search("explain hessian pls"):
        print(hit.title, hit.snippet_id, hit.score)

A student's question is cut down to its content words (stop words and chatter such as "pls",
"explain", "difference between" dropped; "eigen values" joined; British spellings folded),
each word is prefix-matched against a Porter-stemmed FTS5 index, the words are OR-ed and
ranked by bm25 (titles and glossary terms weigh more than body text). With three or more
content words a hit must contain at least half of them (no stray one-word matches). A glossary
term (or alias) named in the question ranks first, the most specific one when several are
named ("covariance matrix" over "matrix"). Nothing found gives an empty list.
"""

from __future__ import annotations

import functools
import html
import re
import sqlite3
import threading
from dataclasses import dataclass

from .loader import Curriculum, load_curriculum

__all__ = ["Hit", "search"]

EXCERPT_MAX = 220
_KIND_ORDER = {"glossary": 0, "snippet": 1, "interview": 2}
_EXACT_BOOST = 100.0

_STOP_TEXT = """
a about actually all also am an and any are as at be been being between bro but by can could
define definition deference diff difference differences did do does doing done doubt eli5
exactly explain explained explaining explanation for from get give go good got guys have help
hi hello how i idea if in into intuition intuitive is it its just kindly know like madam me
meaning means my need of on or please pls plz question really sb sir so some someone
tell than thank thanks that the their them then there these thing things this those to
understand understanding use used using vs versus want was way we what whats when where which
who why will with words would you your simple simply meant role purpose important importance
find calculate compute kya hai hain hota hoti ka ki ke ko mujhe samjhao batao yaar matlab bhai
kaise kaisa nikale nikalte nikalna karte kare karo samajh samjha nahi aaya hota
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
_LITTLE_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with",
                           "by", "is"})

_FOLD = [
    (re.compile(r"\beigen[\s-]+(values?|vectors?|spaces?|decompositions?|basis|bases)\b"),
     r"eigen\1"),
    (re.compile(r"\bcentre"), "center"),
    (re.compile(r"\bcentred\b"), "centered"),
    (re.compile(r"\bcentring\b"), "centering"),
    (re.compile(r"(normal|optim|minim|maxim|diagonal|linear|orthogonal|standard|regular)"
                r"is(e|ed|es|ing|ation|ations)\b"), r"\1iz\2"),
    (re.compile(r"\bpca\b|\bprincipal components? analysis\b"), "pca"),
    (re.compile(r"\bgrad\b"), "gradient"),
]


@dataclass(frozen=True)
class Hit:
    """One search result: what to show and which lesson to link."""

    title: str
    text: str  # plain-text excerpt
    snippet_id: str  # the lesson to link ("" for an interview card without one)
    score: float  # higher is better
    kind: str  # "glossary", "snippet" or "interview"


def fold(text: str) -> str:
    """Lower case, tags and entities removed, spellings and split words folded."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).lower()
    for pattern, repl in _FOLD:
        text = pattern.sub(repl, text)
    return text


def keywords(query: str) -> list[str]:
    """The content words of a question, in order, without repeats."""
    text = re.sub(r"^\W*(what|wat)\s+(does|do|did)\b(.*)\bmean\b", r"\3", fold(query))
    words = re.findall(r"[a-z0-9]+", text)
    return list(dict.fromkeys(w for w in words if w not in STOP_WORDS and len(w) > 1))


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


def _phrase(words: list[str]) -> str:
    return " " + " ".join(_singular(w) for w in words) + " "


def _name_words(name: str) -> list[str]:
    """A glossary name's words, without the little words ("rank of a matrix" → rank matrix)."""
    return [w for w in re.findall(r"[a-z0-9]+", name) if w not in _LITTLE_WORDS]


class _Index:
    """The in-memory FTS5 index of one curriculum (safe to share between threads)."""

    def __init__(self, cur: Curriculum) -> None:
        # Imported here, not with the module: the workers import ``content`` (answers, hints)
        # and never search; sqlite-utils and what it imports (click, dateutil, pluggy) cost
        # the forkserver and each worker ~2 MB (issue 16)
        import sqlite_utils

        conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        self.lock = threading.Lock()
        rows: list[dict] = []
        self.names: dict[int, list[str]] = {}  # glossary row → folded term and aliases
        for m in cur.modules:
            for sn in m.snippets:
                rows.append({"kind": "snippet", "title": sn.title, "terms": "",
                             "body": f"{sn.text} {sn.why}", "snippet": sn.id})
            for t in m.glossary:
                self.names[len(rows)] = [fold(n) for n in (t.term, *t.aliases)]
                rows.append({"kind": "glossary", "title": t.term, "terms": " ".join(
                    [t.term, *t.aliases]), "body": t.definition, "snippet": t.snippet})
            for c in m.interview:
                rows.append({"kind": "interview", "title": c.question, "terms": "",
                             "body": c.answer, "snippet": c.snippet})
        for i, r in enumerate(rows):
            r["id"] = i
            r["title_f"], r["terms_f"], r["body_f"] = (fold(r["title"]), fold(r["terms"]),
                                                       fold(r["body"]))
        docs = self.db.table("docs")
        docs.insert_all(rows, pk="id")
        docs.enable_fts(["title_f", "terms_f", "body_f"], tokenize="porter")

    def query(self, query: str, limit: int) -> list[Hit]:
        words = keywords(query)
        if not words:
            return []
        match = " OR ".join(f'"{w}"*' for w in words)
        sql = (
            "select docs.id, docs.kind, docs.title, docs.body, docs.snippet, "
            "bm25(docs_fts, 8.0, 8.0, 1.0) as rank from docs_fts "
            "join docs on docs.rowid = docs_fts.rowid where docs_fts match ? "
            "order by rank limit 50"
        )
        with self.lock:
            rows = self.db.execute(sql, [match]).fetchall()
            if len(words) > 2:  # most of the question's words must appear: drop stray matches
                per_word = [{r[0] for r in self.db.execute(
                    "select rowid from docs_fts where docs_fts match ?", [f'"{w}"*'])}
                    for w in words]
                need = (len(words) + 1) // 2
                rows = [r for r in rows if sum(r[0] in ids for ids in per_word) >= need]
        exact = self._exact(words, [r[0] for r in rows if r[1] == "glossary"])
        scored = []
        for rowid, kind, title, body, snippet, rank in rows:
            score = -float(rank) + (_EXACT_BOOST if rowid in exact else 0.0)
            scored.append((score, kind, title, body, snippet))
        scored.sort(key=lambda s: (-s[0], _KIND_ORDER[s[1]]))
        hits: list[Hit] = []
        seen: set[str] = set()
        for score, kind, title, body, snippet in scored:
            key = title if kind == "interview" or not snippet else snippet
            if key in seen:  # one link per lesson; interview cards stand on their own
                continue
            seen.add(key)
            hits.append(Hit(title=title, text=excerpt(body), snippet_id=snippet,
                            score=round(score, 4), kind=kind))
            if len(hits) == limit:
                break
        return hits

    def _exact(self, words: list[str], rowids: list[int]) -> set[int]:
        """Glossary rows whose term or alias the question names, as a phrase. A term inside a
        longer named term ("matrix" in "covariance matrix") does not count."""
        phrase = _phrase(words)
        best: dict[int, str] = {}
        for rowid in rowids:
            found = [p for n in self.names.get(rowid, []) if (p := _phrase(_name_words(n)))
                     .strip() and p in phrase]
            if found:
                best[rowid] = max(found, key=len)
        return {r for r, p in best.items()
                if not any(p != q and p in q for q in best.values())}


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """Plain text, cut at a word boundary."""
    plain = " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())
    if len(plain) <= limit:
        return plain
    return plain[: plain.rfind(" ", 0, limit - 1)].rstrip(",;:") + "…"


@functools.lru_cache(maxsize=4)
def _index(cur: Curriculum) -> _Index:
    return _Index(cur)


def search(query: str, limit: int = 3, curriculum: Curriculum | None = None) -> list[Hit]:
    """The best ``limit`` lessons, glossary entries and interview cards for a question."""
    cur = curriculum if curriculum is not None else load_curriculum()
    return _index(cur).query(query[:500], limit)
