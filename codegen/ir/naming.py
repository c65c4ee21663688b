"""Every Python identifier in the output is made here, and only here.

:class:`Identifier` is the distinct type for a name that is safe to emit as code: ASCII, a valid
identifier, not a keyword or a builtin (those get a ``_`` suffix), never starting with a digit. The
wire name it came from is kept elsewhere (as an alias, a dict key or a header name). Collisions are
resolved in :mod:`codegen.ir.collisions` (the README's "Names") from the spellings made here:
the location word (:func:`suffixed`), the identifier wire name (:func:`verbatim`) or the wire name
:func:`spelled` out; never a number.
"""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata
from collections.abc import Iterable

from codegen.errors import CodegenError

# Lower-case builtins of Python 3.11, frozen here so the output does not depend on which Python
# runs the generator. Upper-case builtins (exceptions) cannot clash with snake_case names.
_BUILTINS = frozenset(
    [
        "abs",
        "aiter",
        "all",
        "anext",
        "any",
        "ascii",
        "bin",
        "bool",
        "breakpoint",
        "bytearray",
        "bytes",
        "callable",
        "chr",
        "classmethod",
        "compile",
        "complex",
        "copyright",
        "credits",
        "delattr",
        "dict",
        "dir",
        "divmod",
        "enumerate",
        "eval",
        "exec",
        "exit",
        "filter",
        "float",
        "format",
        "frozenset",
        "getattr",
        "globals",
        "hasattr",
        "hash",
        "help",
        "hex",
        "id",
        "input",
        "int",
        "isinstance",
        "issubclass",
        "iter",
        "len",
        "license",
        "list",
        "locals",
        "map",
        "max",
        "memoryview",
        "min",
        "next",
        "object",
        "oct",
        "open",
        "ord",
        "pow",
        "print",
        "property",
        "quit",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "setattr",
        "slice",
        "sorted",
        "staticmethod",
        "str",
        "sum",
        "super",
        "tuple",
        "type",
        "vars",
        "zip",
    ]
)
_SOFT_KEYWORDS = frozenset({"match", "case", "type", "_"})
# Names a generated signature already uses for itself, and module names a method body calls
# (a keyword argument of that name would shadow them).
RESERVED_PARAMS = frozenset(
    [
        "self",
        "client",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_retries",
        "interval",
        "cast",
        "httpx",
        "builtins",
        "model_body",
        "multipart_files",
        "request_options",
        "cookie_header",
        "get_page",
        "get_page_async",
        "poll",
        "poll_async",
    ]
)
# Words for the characters a wire name may hold that an identifier cannot (see :func:`spelled`).
_CHAR_WORDS = {
    "-": "dash",
    ".": "dot",
    "<": "lt",
    ">": "gt",
    "=": "eq",
    "!": "not",
    "+": "plus",
    "*": "star",
    "/": "slash",
    "\\": "backslash",
    "@": "at",
    "#": "hash",
    "$": "dollar",
    "%": "percent",
    "&": "and",
    "|": "or",
    "~": "tilde",
    "^": "caret",
    ":": "colon",
    ",": "comma",
    ";": "semicolon",
    "?": "question",
    "'": "quote",
    '"': "dquote",
    "`": "backtick",
    "(": "lparen",
    ")": "rparen",
    "[": "lbracket",
    "]": "rbracket",
    "{": "lbrace",
    "}": "rbrace",
}
# Words of a Unicode character name that say nothing about the character itself.
_NAME_NOISE = frozenset({"LATIN", "SMALL", "CAPITAL", "LETTER", "WITH"})

_WORD = re.compile(
    r"[A-Z]{2,}s(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*"
)
_VERSION_WORD = re.compile(r"^v[0-9]+$")


class Identifier(str):
    """A name that is safe to write into Python source. Created only by this module."""

    __slots__ = ()


def _ascii(text: str) -> str:
    if text.isascii():  # both normal forms leave ASCII as it is
        return text
    # NFKC first: Python itself normalises identifiers that way, so two spellings that Python
    # would treat as one name end up identical here too (and are then reported as a collision).
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKD", text)
    return text.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any spelling (camelCase, kebab-case, 'Title Case', snake_case) into lower words."""
    return list(_words(text))


# The functions of a text below are memoised: a spec repeats its names (GitHub's build split
# 54,000 texts into words, a few thousand distinct ones).
@functools.lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(_ascii(text)))


def _safe(name: str, *, fallback: str) -> Identifier:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback.islower() else f"{fallback}{name}"
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in _BUILTINS:
        name += "_"
    assert name.isidentifier(), name
    return Identifier(name)


@functools.lru_cache(maxsize=1 << 16)
def snake(text: str, *, drop_version: bool = False) -> Identifier:
    """``createProofreadV3`` → ``create_proofread`` (with ``drop_version``); ``class`` → ``class_``."""
    parts = _words(text)
    if drop_version and len(parts) > 1 and _VERSION_WORD.match(parts[-1]):
        parts = parts[:-1]
    return _safe("_".join(parts), fallback="n")


@functools.lru_cache(maxsize=1 << 16)
def attribute(text: str) -> Identifier:
    """A method or attribute name: like :func:`snake`, but builtins are fine (``list``, ``type``)
    because an attribute never shadows them; keywords still get a ``_`` suffix."""
    name = "_".join(_words(text)) or "n"
    if name[0].isdigit():
        name = f"n_{name}"
    if keyword.iskeyword(name):
        name += "_"
    return Identifier(name)


@functools.lru_cache(maxsize=1 << 16)
def pascal(text: str) -> Identifier:
    """``video translate`` → ``VideoTranslate``."""
    return _safe("".join(w[:1].upper() + w[1:] for w in _words(text)), fallback="N")


def constant(text: str) -> Identifier:
    """``create_proofread`` → ``CREATE_PROOFREAD``."""
    return _safe("_".join(_words(text)).upper(), fallback="N")


def suffixed(name: Identifier, suffix: str) -> Identifier:
    """``name`` with a ``_suffix`` word appended (the deterministic collision rule)."""
    return _safe(f"{name.rstrip('_')}_{suffix}", fallback="n")


def param_name(wire_name: str) -> Identifier:
    """A keyword-argument name for a parameter or body field."""
    name = snake(wire_name)
    if name in RESERVED_PARAMS:
        name = Identifier(name + "_")
    return name


def from_override(text: str, where: str, source: str = "") -> Identifier:
    """An identifier given verbatim in the overrides file, checked rather than rewritten."""
    if not (text.isidentifier() and text.isascii()) or keyword.iskeyword(text):
        raise CodegenError(
            f"{text!r} is not a usable Python identifier",
            pointer=where,
            source=source,
            hint="Use ASCII letters, digits and underscores, not starting with a digit or a keyword.",
        )
    return Identifier(text)


def _label(text: str, quote: bool) -> str:
    return repr(text) if quote else text


def ensure_unique(
    names: Iterable[tuple[str, Identifier, str]],
    what: str,
    *,
    hint: str = "",
    source: str = "",
    quote: bool = True,
) -> None:
    """Fail when two different wire names map to one identifier.

    ``names`` yields ``(wire name, identifier, pointer)``.
    """
    seen: dict[Identifier, tuple[str, str]] = {}
    for wire, ident, where in names:
        if ident in seen and seen[ident][0] != wire:
            other, other_at = seen[ident]
            raise CodegenError(
                f"{what} {_label(other, quote)} (at {other_at}) and {_label(wire, quote)} both "
                f"become the Python name {ident!r}",
                pointer=where,
                source=source,
                hint=hint or "Add a rename for one of them in the overrides file.",
            )
        seen.setdefault(ident, (wire, where))


def _char_words(ch: str) -> str:
    if ch in _CHAR_WORDS:
        return _CHAR_WORDS[ch]
    if ch.isspace():
        return "space"
    name = unicodedata.name(ch, "")
    if not name:
        return f"u{ord(ch):04x}"
    return " ".join(w for w in name.replace("-", " ").split() if w not in _NAME_NOISE)


def spelled(text: str) -> Identifier:
    """The wire name with every character an identifier cannot hold spelled as a word:
    ``StartTime<`` → ``start_time_lt``, ``user-id`` → ``user_dash_id``, ``café`` →
    ``caf_e_acute``, ``ﬁ`` → ``ligature_fi``, ``"  "`` → ``space_space``, ``""`` → ``empty``."""
    parts = []
    for ch in text:
        ascii_word = ch.isascii() and (ch.isalnum() or ch == "_")
        parts.append(ch if ascii_word else f" {_char_words(ch)} ")
    return _safe("_".join(_words("".join(parts))) or "empty", fallback="n")


def reserved_safe(name: Identifier) -> Identifier:
    """``name``, with a ``_`` suffix when the generated method uses it itself (``timeout_``)."""
    return Identifier(name + "_") if name in RESERVED_PARAMS else name


def verbatim(wire: str) -> Identifier | None:
    """The wire name itself, when it is already a plain lower-case-first identifier that is no
    keyword, builtin or reserved name (``userId``, ``pageSize``)."""
    if not (wire.isascii() and wire.isidentifier() and wire[:1].islower()):
        return None
    if keyword.iskeyword(wire) or wire in _SOFT_KEYWORDS or wire in _BUILTINS:
        return None
    return None if wire in RESERVED_PARAMS else Identifier(wire)


# The client constructor's own keywords: a credential may not take one of them.
CLIENT_ARGS = frozenset(
    {"self", "base_url", "timeout", "max_retries", "default_headers", "http_client"}
    | {"strict_response_validation", "sleep"}
)
# kind -> (the plain name of the only scheme of that kind, the word a fallback name ends in)
_CREDENTIAL_WORDS = {"api_key": ("api_key", "key"), "token": ("bearer_token", "token")}


def credential_names(
    schemes: Iterable[tuple[str, str]],
) -> list[tuple[Identifier, ...] | None]:
    """Constructor keywords for security schemes given as ``(name in the spec, kind)``, kind
    ``api_key``, ``token`` or ``basic``; one tuple per scheme (two names for basic: username
    and password), None when every candidate is taken.

    The only scheme of its kind takes the kind's plain name: ``api_key``, ``bearer_token``,
    ``username`` + ``password``. With several of a kind each takes its own name in snake case
    (``consumerId`` → ``consumer_id``; basic ``<name>_username`` / ``<name>_password``). A name
    already taken (by an earlier scheme, in document order, or a constructor keyword) is
    retried as the spelled-out name, then with the kind's word appended (``_key``/``_token``).
    """
    items = list(schemes)
    counts: dict[str, int] = {}
    for _, kind in items:
        counts[kind] = counts.get(kind, 0) + 1
    taken: set[str] = set(CLIENT_ARGS)
    out: list[tuple[Identifier, ...] | None] = []
    for name, kind in items:
        if kind == "basic":
            stems = ([""] if counts[kind] == 1 else []) + [snake(name), spelled(name)]
            options = [
                tuple(
                    Identifier(f"{stem.rstrip('_')}_{w}" if stem else w)
                    for w in ("username", "password")
                )
                for stem in stems
            ]
        else:
            plain, word = _CREDENTIAL_WORDS[kind]
            base = [snake(name), spelled(name), suffixed(snake(name), word)]
            options = [(Identifier(n),) for n in ([plain] if counts[kind] == 1 else []) + base]
        chosen = next((o for o in options if not set(o) & taken), None)
        out.append(chosen)
        taken |= set(chosen or ())
    return out


def package_name(
    info: object, package: str | None, client_package: str | None, source: str
) -> Identifier:
    """The package's name: ``--package``, else ``[client] package``, else ``info.title`` in
    snake case (``source``: the overrides file, for the error of a bad name)."""
    if package:
        return from_override(package, "--package")
    if client_package:
        return from_override(client_package, "#/client/package", source)
    title = info.get("title") if isinstance(info, dict) else None
    return snake(title if isinstance(title, str) else "api")
