"""SPARQL text read without a parser: the first keyword after the prologue, whether a query
uses SERVICE, which prefix a query uses without declaring it. Comments, IRIs and string
literals are skipped whole, so nothing inside them counts."""

from __future__ import annotations

import re

__all__ = [
    "UPDATE_FORMS",
    "nesting_depth",
    "query_form",
    "undeclared_prefix",
    "uses_keyword",
    "uses_service",
]

# Whitespace, a comment, or a PREFIX / BASE declaration: what may come before a query's or an
# update's first keyword. IRIs are matched whole, so a '#' inside one is not a comment.
_PROLOGUE = re.compile(
    r"\s+|#[^\n]*|(?i:PREFIX)\s*[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>", re.ASCII
)
UPDATE_FORMS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)


def query_form(text: str) -> str:
    """The first keyword after the prologue, upper-cased (``SELECT``, ``CONSTRUCT``,
    ``INSERT``, ...), read without running anything; ``""`` when there is none."""
    pos = 0
    while (match := _PROLOGUE.match(text, pos)) and match.end() > pos:
        pos = match.end()
    word = re.match(r"[A-Za-z]+", text[pos:])
    return word.group(0).upper() if word else ""


# Comments, IRIs and string literals (skipped whole), words, and any other character: enough
# to find a keyword without a parser. An IRI holds no spaces, which tells it from "<" in FILTER.
_LEXEMES = re.compile(
    r"""(?P<skip>\#[^\n]*|<[^<>"{}|^`\\\s]*>|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
        |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      |(?P<word>[A-Za-z_][A-Za-z_0-9]*)
      |(?P<other>.)""",
    re.X | re.S,
)


def uses_service(query: str) -> bool:
    """Whether ``query`` has a SERVICE clause (a federated query, which makes the engine
    fetch from another server), read lexically: not inside comments, IRIs or strings, and not
    a variable (``?service``) or the local part of a prefixed name (``ex:service``)."""
    return uses_keyword(query, "SERVICE")


def uses_keyword(query: str, keyword: str) -> bool:
    """Whether ``keyword`` (upper case) is a keyword of ``query``, read as :func:`uses_service`
    reads SERVICE: ``uses_keyword("INSERT DATA {}; LOAD <x>", "LOAD")`` is true."""
    before = " "  # the last character that is not a space; "" would be "in" every string
    for match in _LEXEMES.finditer(query):
        if match["word"] and match["word"].upper() == keyword and before not in "?$:":
            return True
        if not (match["other"] or "").isspace():
            before = match["other"] or " "
    return False


_BRACKET = re.compile(r"[(){}\[\]]")


def nesting_depth(query: str) -> int:
    """How deep the brackets of ``query`` nest (those in comments, IRIs and strings skipped).

    >>> nesting_depth("SELECT * WHERE { FILTER((?x > 1)) } # ((((")
    3
    """
    bare = _LEXEMES.sub(lambda m: " " if m["skip"] else m[0], query)
    depth = deepest = 0
    for match in _BRACKET.finditer(bare):
        if match[0] in "({[":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def undeclared_prefix(query: str, known: set[str]) -> str | None:
    """The first prefix ``query`` uses that is neither in ``known`` nor declared by the query."""
    bare = _LEXEMES.sub(lambda m: " " if m["skip"] else m[0], query)
    declared = known | set(re.findall(r"(?i)PREFIX\s+([\w.-]*):", bare))
    for name in re.findall(r"(?<![\w?$:])([A-Za-z][\w.-]*|):(?=[\w])", bare):
        if name not in declared:
            return str(name)
    return None
