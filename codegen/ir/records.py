"""The typed intermediate representation between the spec and the templates.

Frozen records only: no spec dicts and no code strings. Types form a small tree whose nodes know
their own annotation and the names they need imported; everything a template prints is computed
from these records by :mod:`codegen.render.views`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from codegen.ir.evolve import unguarded_reprs
from codegen.ir.examples import Example
from codegen.ir.naming import Identifier
from codegen.ir.types import (
    ANY,
    NONE,
    DictOf,
    EnumValues,
    FileInput,
    Import,
    ListOf,
    LiteralOf,
    ModelOrDict,
    ModelRef,
    Nullable,
    Primitive,
    Stdlib,
    StdlibType,
    TypeRef,
    UnionOf,
)

# The type tree is re-exported: most steps import everything from here.
__all__ = [
    "ANY",
    "NONE",
    "Api",
    "ApiKeyScheme",
    "AuthScheme",
    "BearerScheme",
    "Body",
    "BodyField",
    "ContentKind",
    "DictKey",
    "DictOf",
    "Doc",
    "EnumValues",
    "ErrorClass",
    "ErrorStatus",
    "FileInput",
    "HttpMethod",
    "Import",
    "ListOf",
    "LiteralOf",
    "ModelOrDict",
    "ModelRef",
    "Nullable",
    "Operation",
    "PagingRule",
    "Param",
    "ParamLocation",
    "Poll",
    "Primitive",
    "RequestDict",
    "RequestLiteral",
    "Resource",
    "Response",
    "Stdlib",
    "StdlibType",
    "TypeRef",
    "UnionOf",
]


class HttpMethod(StrEnum):
    GET = "GET"
    PUT = "PUT"
    POST = "POST"
    DELETE = "DELETE"
    OPTIONS = "OPTIONS"
    HEAD = "HEAD"
    PATCH = "PATCH"
    TRACE = "TRACE"
    QUERY = "QUERY"  # OpenAPI 3.2: a safe, idempotent request with a body (RFC draft QUERY)

    @property
    def idempotent(self) -> bool:
        """RFC 9110: repeating the request has the same effect as sending it once."""
        return self not in (HttpMethod.POST, HttpMethod.PATCH)


class ParamLocation(StrEnum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"
    QUERYSTRING = "querystring"  # OpenAPI 3.2: the whole query string from one value


class ParamStyle(StrEnum):
    """The parameter styles of OpenAPI 3.x (``style``)."""

    FORM = "form"
    SPACE_DELIMITED = "spaceDelimited"
    PIPE_DELIMITED = "pipeDelimited"
    DEEP_OBJECT = "deepObject"
    SIMPLE = "simple"
    LABEL = "label"
    MATRIX = "matrix"


class ContentKind(StrEnum):
    JSON = "json"
    MULTIPART = "multipart"
    FORM = "form"
    TEXT = "text"
    BINARY = "binary"
    STREAM = "stream"  # a response read item by item: server-sent events or JSON lines
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Doc:
    """Human text from the spec (untrusted; escaped when printed)."""

    summary: str = ""
    description: str = ""
    link: str = ""


@dataclass(frozen=True, slots=True)
class Param:
    name: Identifier
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    doc: Doc
    pattern: str | None = None
    deprecated: bool = False
    example: Example | None = None
    pointer: str = ""
    # How the value is written when that is not its location's default (query and cookie
    # ``form`` exploded, path and header ``simple``); None: the default, or ``content``.
    serialization: Serialization | None = None
    media_type: str | None = None  # described by ``content``: sent as text of this media type


@dataclass(frozen=True, slots=True)
class Serialization:
    """A parameter's ``style``, ``explode`` and ``allowReserved``, as the runtime applies them."""

    style: ParamStyle
    explode: bool
    allow_reserved: bool = False


@dataclass(frozen=True, slots=True)
class BodyField:
    """One property of an object request body, offered as a keyword argument."""

    name: Identifier
    wire_name: str
    type: TypeRef
    required: bool
    doc: Doc
    example: Example | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """``type`` is what callers pass; ``validate``, when set, the model-side type a JSON body
    is validated through (a dict becomes its model) before it is sent."""

    kind: ContentKind
    media_type: str
    required: bool
    type: TypeRef
    model: ModelRef | None = None
    fields: tuple[BodyField, ...] = ()
    example: Example | None = None
    validate: TypeRef | None = None


class PagingSource(StrEnum):
    """Where an operation's paging rule comes from."""

    OPERATION = "operation"  # its own entry in the overrides file
    DEFAULT = "default"  # the overrides file's [paging] rule, which its shape matches
    INFERRED = "inferred"  # the spec alone (codegen.build.paging_infer)


@dataclass(frozen=True, slots=True)
class PagingRule:
    """How a list operation pages, as the runtime's ``_paging.Paging`` takes it: paths are
    tuples of JSON keys (``()`` is the body itself), one way to the next page is set."""

    items: tuple[str, ...]
    source: PagingSource
    cursor_param: str | None = None
    next_cursor: tuple[str, ...] | None = None
    next_cursor_header: str | None = None
    next_url: tuple[str, ...] | None = None
    next_url_header: str | None = None
    next_link: str | None = None
    offset_param: str | None = None
    page_param: str | None = None
    first_page: int | None = None
    limit_param: str | None = None
    has_more: tuple[str, ...] | None = None
    total: tuple[str, ...] | None = None
    short_page: bool = False


@dataclass(frozen=True, slots=True)
class Response:
    """The success response: what the call returns."""

    status: int
    kind: ContentKind
    type: TypeRef
    envelope: str | None = None
    doc: Doc = Doc()
    paging: PagingRule | None = None  # ``type`` is then the item type of a paged list
    # Read as it arrives: the media type(s) asked for; ``type`` is then the item type (events,
    # JSON lines), or ``bytes`` for a binary body in chunks.
    stream: str | None = None

    @property
    def paged(self) -> bool:
        return self.paging is not None


@dataclass(frozen=True, slots=True)
class ErrorStatus:
    status: int
    class_name: Identifier
    doc: Doc = Doc()


@dataclass(frozen=True, slots=True)
class Operation:
    name: Identifier  # the resource method
    func: Identifier  # the long name: its `Endpoint` constant is `_` + this in capitals
    method: HttpMethod
    path: str
    operation_id: str
    pointer: str
    doc: Doc
    params: tuple[Param, ...]
    body: Body | None
    response: Response
    errors: tuple[ErrorStatus, ...]
    idempotency: Param | None = None
    timeout: float | None = None
    deprecated: bool = False
    server: str | None = None  # the operation's own absolute base URL (``servers`` on it)
    # The streamed twin of a JSON or binary response (a second method, ``stream_name``), and
    # the boolean body field each of the two methods sets (``stream: true`` asks for it).
    streamed: Response | None = None
    stream_name: Identifier | None = None
    stream_flag: str | None = None
    security: Security | None = None  # its own requirements; None: the document's

    @property
    def key(self) -> str:
        """``METHOD /path``: how overrides name an operation (``method`` is a StrEnum: formatted,
        it is its value, without ``Enum.value``'s descriptor, 11,000 times on GitHub)."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True, slots=True)
class Poll:
    """A generated ``wait_for_…`` method polling ``operation`` until a terminal state."""

    name: Identifier
    operation: Operation
    attribute: str
    success: tuple[str, ...]
    failure: tuple[str, ...]
    timeout: float
    interval: float
    what: str


@dataclass(frozen=True, slots=True)
class Resource:
    """A namespace of the client: ``path`` is how users reach it (``client.webhooks.endpoints``),
    ``name`` its module (the path joined by ``_``), ``children`` the names of the resources nested
    directly in it. A resource may hold only children (``webhooks``)."""

    name: Identifier
    class_name: Identifier
    doc: Doc
    operations: tuple[Operation, ...]
    polls: tuple[Poll, ...] = ()
    path: tuple[Identifier, ...] = ()
    children: tuple[Identifier, ...] = ()

    @property
    def attribute(self) -> Identifier:
        """Its attribute on the parent (or the client)."""
        return self.path[-1] if self.path else self.name

    @property
    def dotted(self) -> str:
        return ".".join(self.path or (self.name,))


@dataclass(frozen=True, slots=True)
class ApiKeyScheme:
    """An ``apiKey`` scheme: the credential ``param`` (its environment variable ``env``) sent
    as-is in the header, query parameter or cookie (``location``) named ``wire_name``. ``key``
    is the scheme's name in ``components.securitySchemes``."""

    param: Identifier
    wire_name: str
    env: str
    doc: Doc
    location: ParamLocation = ParamLocation.HEADER
    key: str = ""


@dataclass(frozen=True, slots=True)
class BearerScheme:
    """HTTP bearer, OAuth2 or OpenID Connect: a token sent as ``Authorization: Bearer``."""

    param: Identifier
    env: str
    doc: Doc
    key: str = ""


@dataclass(frozen=True, slots=True)
class BasicScheme:
    """HTTP basic: ``param`` is the username keyword, ``password`` the password's."""

    param: Identifier
    password: Identifier
    env: str
    password_env: str
    doc: Doc
    key: str = ""


AuthScheme = ApiKeyScheme | BearerScheme | BasicScheme
# Alternatives, each a requirement: the ``param`` of every scheme needed together. ``()`` in
# the tuple is optional auth; an empty tuple is "no auth".
Security = tuple[tuple[Identifier, ...], ...]


@dataclass(frozen=True, slots=True)
class ErrorClass:
    """A status error class; ``builtin`` ones live in the runtime, others are generated."""

    status: int
    name: Identifier
    builtin: bool


@dataclass(frozen=True, slots=True)
class DictKey:
    """One key of a request ``TypedDict``: the model's field name (validation accepts it as
    well as the wire name), its request-side type, and whether a dict must carry it."""

    name: Identifier
    type: TypeRef
    required: bool
    doc: Doc


@dataclass(frozen=True, slots=True)
class RequestDict:
    """The ``TypedDict`` callers may pass instead of ``model`` (``AssetUrlParam``); only made
    for object schemas reachable from a request body. Read-only properties are left out."""

    name: Identifier
    model: Identifier
    doc: Doc
    keys: tuple[DictKey, ...]


@dataclass(frozen=True, slots=True)
class RequestLiteral:
    """A named ``Literal`` of an enum's values with too many values to repeat in each
    signature (``WebhookEventTypeParam = Literal[...] | WebhookEventType``)."""

    name: Identifier
    values: EnumValues


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    doc: Doc
    package: Identifier
    client_name: Identifier
    env_prefix: str
    base_url: str
    auth: tuple[AuthScheme, ...]
    resources: tuple[Resource, ...]
    error_classes: tuple[ErrorClass, ...]
    error_model: ModelRef | None
    error_envelope: str | None
    names: tuple[tuple[str, str], ...] = ()  # METHOD /path -> "resource.method", as published
    models_layout: str = "auto"  # "module" (models.py), "package" (models/, lazy) or "auto"
    license: str = ""  # info.license: an SPDX identifier or a name
    author: str = ""  # info.contact.name
    author_email: str = ""  # info.contact.email
    urls: tuple[tuple[str, str], ...] = ()  # (label, url) for pyproject's [project.urls]
    params: tuple[RequestDict, ...] = ()  # the TypedDicts of request objects, by name
    literals: tuple[RequestLiteral, ...] = ()  # named enum literals of requests, by name
    security: Security | None = None  # the document's requirements; None: any one scheme


unguarded_reprs(globals())  # (the render cache's keys: see there)
