"""Class names without numbers: datamodel-code-generator's ``Files2`` become descriptive names.

When two schemas would get one class name, datamodel-code-generator appends a number, which
shifts whenever the spec grows. Here every such class is renamed after where it lives in the spec:
its component, the properties leading to it, and for a ``oneOf``/``anyOf`` member what the member
is (its title, the schema it references, or its constant tag). A name that still clashes is an
error unless the overrides file names the class.

Component schemas whose names differ only in case, punctuation or accents (``User``/``user``/
``USER``, ``café``/``cafe``, ``Foo-Bar``/``FooBar``) would want one class name. :func:`components`
lets one keep it (the one spelled exactly like the class name, else an ASCII one, else the first in
the document) and names each other one by what differs: its name spelled out (``café`` →
``CafEAcute``, ``Foo-Bar`` → ``FooDashBar``), else with its case (``user`` → ``UserLowerCase``,
``USER`` → ``UserUpperCase``), else both. Each is returned as a :class:`ClassClash` for a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codegen.errors import CodegenError, unescape_token
from codegen.ir import naming
from codegen.ir.naming import Identifier

_STRUCTURAL = {
    "properties",
    "items",
    "additionalProperties",
    "allOf",
    "not",
    "schemas",
    "components",
}
_VARIANTS = {"oneOf", "anyOf"}
_DIGITS = re.compile(r"\d+")


def _variant_words(schema: Any) -> list[str]:
    """What a ``oneOf``/``anyOf`` member is, most telling first (title, referenced schema,
    constant tag, required fields, type)."""
    if not isinstance(schema, dict):
        return []
    words: list[str] = []
    if isinstance(schema.get("title"), str) and schema["title"].strip():
        words.append(schema["title"])
    if isinstance(schema.get("$ref"), str):
        words.append(unescape_token(schema["$ref"].rsplit("/", 1)[-1]))
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and isinstance(part.get("$ref"), str):
            words.append(unescape_token(part["$ref"].rsplit("/", 1)[-1]))
            break
    for prop in (schema.get("properties") or {}).values():
        if isinstance(prop, dict):
            enum = prop.get("enum")
            if isinstance(prop.get("const"), str):
                words.append(str(prop["const"]))
            elif isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
                words.append(enum[0])
    required = schema.get("required")
    if isinstance(required, list) and required and all(isinstance(r, str) for r in required):
        words.append("with " + " ".join(required[:2]))
        if len(required) > 2:
            words.append("with " + " ".join(required))
    if isinstance(schema.get("type"), str):
        words.append(schema["type"])
    return words


def _join(prefix: list[str], word: str) -> list[str]:
    """``repository rule detailed`` + ``repository rule creation`` → ``… detailed creation``."""
    parts = naming.words(word)
    flat = [w for p in prefix for w in naming.words(p)]
    shared = 0
    while shared < min(len(flat), len(parts) - 1) and flat[shared] == parts[shared]:
        shared += 1
    return [*prefix, *parts[shared:]]


def natural_names(document: Mapping[str, Any], path: list[str]) -> list[Identifier]:
    """Class names spelled from a schema's location, most natural first."""
    choices = 3
    names: list[Identifier] = []
    for choice in range(choices):
        words: list[str] = []
        node: Any = document
        i = 0
        while i < len(path):
            token = path[i]
            node = (
                node.get(token)
                if isinstance(node, dict)
                else (node[int(token)] if isinstance(node, list) and token.isdigit() else None)
            )
            if token in _VARIANTS and i + 1 < len(path):
                i += 1
                index = path[i]
                node = node[int(index)] if isinstance(node, list) and index.isdigit() else None
                options = _variant_words(node) or [f"option {index}"]
                words = _join(words, options[min(choice, len(options) - 1)])
            elif token not in _STRUCTURAL and not (
                token.isdigit() and i and path[i - 1] == "allOf"
            ):
                words.append(token)
            i += 1
        if choice == choices - 1:
            words.append("value")
        name = naming.pascal(" ".join(words))
        if name not in names:
            names.append(name)
    return names


def denumber(
    classes: dict[str, Identifier],
    models: list[dict[str, Any]],
    document: Mapping[str, Any],
    overrides: Mapping[str, str],
) -> tuple[dict[str, str], set[str]]:
    """Decide the new names of numbered classes: ``{old: new}``, and the names that several
    old classes now share (repeats of one schema; only the first definition is to be kept).
    ``codegen.models.rewrite.rewrite`` applies them to the source."""
    existing = {m["class_name"] for m in models}
    ref_of = {m["class_name"]: m.get("source_ref") or "" for m in models}
    renames: dict[str, str] = {}
    duplicates: set[str] = set()
    # Classes the overrides rename away free their names (``User``/``user`` may swap).
    moving = {m["class_name"] for m in models if overrides.get(m.get("source_ref") or "", "")
              not in ("", m["class_name"])}  # fmt: skip
    # The names taken: the classes that keep theirs and every new name so far, grown with each
    # rename, not made again for each class (GitHub's 1,400 classes: 0.03 s); made again only
    # after a class listed twice was renamed again (its earlier new name is free then).
    taken = existing - moving
    stale = False
    for model in models:
        old = model["class_name"]
        ref = model.get("source_ref") or ""
        if stale:
            taken, stale = existing - moving | set(renames.values()), False
        if ref in overrides:
            new = naming.from_override(overrides[ref], ref)
        else:
            path = [str(p) for p in model.get("source_path") or []]
            if not _DIGITS.search(old) or not path:
                continue
            candidates = natural_names(document, path)
            if _DIGITS.findall(old) == _DIGITS.findall(candidates[0]):
                continue  # the digits belong to the spec's own names (cvss_v3, projects-v2)
            same = next((c for c in candidates if c in taken and ref_of.get(c) == ref), None)
            if same is not None:
                # A copy of a schema that already has a class (datamodel-code-generator repeats
                # a parent's property enums inside each anyOf member): use the one class.
                stale |= old in renames
                renames[old] = same
                taken.add(same)
                duplicates.add(same)
                continue
            new = next((c for c in candidates if c not in taken), candidates[0])
        if new == old:
            continue
        if new in taken:
            raise CodegenError(
                f"the class for this schema would be numbered ({old}), and the descriptive name "
                f"{new!r} is taken too",
                pointer=ref or "#/components/schemas",
                hint=f'Name it in the overrides file: [schemas."{ref}"] name = "..." with a reason.',
            )
        stale |= old in renames
        renames[old] = new
        taken.add(new)
        ref_of[new] = ref
    for ptr, name in list(classes.items()):
        if name in renames:
            classes[ptr] = Identifier(renames[name])
    return renames, duplicates


@dataclass(frozen=True, slots=True)
class ClassClash:
    """The schema at ``loser`` wanted ``wanted``, which ``holder``'s keeps; it got ``given``."""

    loser: str
    holder: str
    wanted: Identifier
    given: Identifier


def _case_words(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "upper case"
    if letters and all(c.islower() for c in letters):
        return "lower case"
    if letters and letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return "title case"
    return "camel case" if name[:1].islower() else "mixed case"


def components(
    document: Mapping[str, Any], overrides: Mapping[str, str]
) -> tuple[dict[str, Identifier], list[ClassClash]]:
    """Class names for component schemas that would share one (``#/components/schemas/<name>``
    → class name, every member of each such group), and each clash resolved (see the module
    docstring). Schemas the overrides file names keep that name (and are listed with it)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    prefix = "#/components/schemas/"
    refs = {name: prefix + name.replace("~", "~0").replace("/", "~1") for name in schemas}
    fixed = {r: naming.from_override(overrides[r], r) for r in refs.values() if r in overrides}
    groups: dict[Identifier, list[str]] = {}
    for name in refs:
        groups.setdefault(naming.pascal(name), []).append(name)
    used = set(fixed.values()) | set(groups)
    out: dict[str, Identifier] = {}
    clashes: list[ClassClash] = []
    for plain, members in groups.items():
        if len(members) < 2:
            continue
        # Named ones are handed over under their name too: the model generator would merge them.
        out |= {refs[m]: fixed[refs[m]] for m in members if refs[m] in fixed}
        members = [m for m in members if refs[m] not in fixed]
        if not members:
            continue
        order = {m: i for i, m in enumerate(members)}
        members = sorted(members, key=lambda m: (m != plain, not m.isascii(), order[m]))
        holder = next((r for r, n in fixed.items() if n == plain), refs[members[0]])
        if holder == refs[members[0]]:
            out[holder] = plain
            members = members[1:]
        for name in members:
            spelled = naming.pascal(naming.spelled(name))
            options = [spelled, naming.pascal(f"{plain} {_case_words(name)}")]
            options = list(
                dict.fromkeys([*options, naming.pascal(f"{spelled} {_case_words(name)}")])
            )
            given = next((o for o in options if o not in used), None)
            if given is None:
                raise CodegenError(
                    f"schema {name!r} has no free class name: {', '.join(options)} are all taken",
                    pointer=refs[name],
                    hint=f'Name it in the overrides file: [schemas."{refs[name]}"] name = "..." '
                    "with a reason.",
                )
            used.add(given)
            out[refs[name]] = given
            clashes.append(ClassClash(refs[name], holder, plain, given))
    return out, clashes


_COMPONENT = "#/components/schemas/"
_SUFFIX = "Model"  # what datamodel-code-generator appends to a class name another class holds


def settle(
    classes: dict[str, Identifier], locked: Mapping[str, str], fixed: Mapping[str, str]
) -> dict[str, str]:
    """Class names that do not move between versions of a spec: ``{current: final}`` renames,
    applied to ``classes`` (schema ref → class name) too.

    A schema keeps the name the previous output published (``locked``, from the manifest), and a
    component schema its own name when the model generator gave it to an inline schema and the
    component the suffixed one (``TeamKind`` → ``TeamKindModel`` because some ``Team.kind`` enum
    appeared). The two swap names, so nothing is numbered. Names the overrides file or the clash
    rules chose (``fixed``) are never moved."""
    holder: dict[str, str] = {str(name): ref for ref, name in classes.items()}
    renames: dict[str, str] = {}

    def wanted(ref: str) -> str | None:
        if ref in fixed:
            return None
        if ref in locked:
            return locked[ref]
        name = classes[ref]
        if _is_component(ref):
            plain = name.removesuffix(_SUFFIX)
            other = holder.get(plain)
            if name.endswith(_SUFFIX) and other is not None and not _is_component(other):
                return plain
        return None

    order = sorted(classes, key=lambda r: (r not in locked, not _is_component(r), r))
    for ref in order:
        want, have = wanted(ref), classes[ref]
        if want is None or want == have:
            continue
        other = holder.get(want)
        if other is not None and (other in fixed or locked.get(other) == want):
            continue  # the holder has a better claim: it keeps the name
        classes[ref] = Identifier(want)
        holder[want] = ref
        if other is not None:
            classes[other] = Identifier(have)
            holder[have] = other
        else:
            del holder[have]
        renames.update(_swap(renames, have, want, other))
    return {k: v for k, v in renames.items() if k != v}


def _is_component(ref: str) -> bool:
    return ref.startswith(_COMPONENT) and "/" not in ref[len(_COMPONENT) :]


def _swap(renames: Mapping[str, str], have: str, want: str, other: str | None) -> dict[str, str]:
    """The renames after ``have`` became ``want`` (and, when ``other`` held it, the reverse),
    composed with the earlier ones (keys are the model generator's names)."""
    back = {v: k for k, v in renames.items()}
    out = {back.get(have, have): want}
    if other is not None:
        out[back.get(want, want)] = have
    return out
