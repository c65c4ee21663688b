"""Docstring prose from the spec: summaries, descriptions, argument entries and raised errors.

Every value returned here is already escaped for a triple-quoted docstring
(:func:`codegen.render.text.docstring_body`); the templates lay the parts out.
"""

from __future__ import annotations

from codegen.ir.records import Doc, Operation
from codegen.render.text import docstring_body, first_sentence, paragraphs
from codegen.render.views.records import DocView, RaisesView


def doc_lines(doc: Doc, *, fallback: str = "") -> list[str]:
    """The summary as one sentence, then the description's paragraphs (unless it repeats it)."""
    lines: list[str] = []
    if doc.summary:
        lines.append(docstring_body(first_sentence(doc.summary).rstrip(".") + "."))
    body = doc.description
    if body and doc.summary and " ".join(body.split()) == " ".join(doc.summary.split()):
        body = ""
    if body:
        if lines:
            lines.append("")
        lines.extend(docstring_body(line) for line in paragraphs(body))
    if not lines and fallback:
        lines.append(fallback)
    return lines


def arg_text(doc: Doc) -> str:
    """An argument's description on one line."""
    text = doc.description or doc.summary
    return docstring_body(" ".join(text.split())) if text else ""


def arg_entry(name: str, text: str) -> tuple[str, ...]:
    """The ``name: text`` entry of an Args section, wrapped; ``()`` when there is no text."""
    if not text:
        return ()
    return tuple(w for w in paragraphs(f"{name}: {text}", width=84) if w)


def inline_code(code: str) -> str:
    """Code (an example value) escaped for a docstring line on which more text follows."""
    return docstring_body(code + ",")[:-1]


def one_line(text: str) -> str:
    """One line of prose for a Markdown list item (no line breaks, no HTML)."""
    line = first_sentence(text).replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(line.split())


def doc_view(op: Operation) -> DocView:
    return DocView(
        prose=tuple(doc_lines(op.doc, fallback=f"{op.method.value} {docstring_body(op.path)}")),
        deprecated=op.deprecated,
        returns=docstring_body(first_sentence(op.response.doc.description)) or "The result.",
        raises=tuple(
            RaisesView(
                e.class_name,
                e.status,
                docstring_body(first_sentence(e.doc.description)) if e.doc.description else "",
            )
            for e in op.errors
        ),
        link=docstring_body(op.doc.link) if op.doc.link else "",
    )
