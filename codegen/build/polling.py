"""``wait_for_…`` helpers for the status operations the overrides file's ``[polling]`` declares."""

from __future__ import annotations

from codegen.build.context import Context
from codegen.errors import CodegenError, child, pointer
from codegen.ir import naming
from codegen.ir.records import ModelRef, Operation, Poll


def polls(ctx: Context, ops: list[Operation]) -> tuple[Poll, ...]:
    """One :class:`Poll` per operation of ``ops`` that has a ``[polling]`` rule."""
    out = []
    src = ctx.settings.overrides_source
    for op in ops:
        rule = ctx.overrides.polling.get(op.key)
        if rule is None:
            continue
        at = pointer("polling", op.key)
        if not isinstance(op.response.type, ModelRef):
            raise CodegenError(
                f"{op.key} cannot be polled: its result is not an object model",
                pointer=at,
                source=src,
                hint="Point [polling] at the operation that reads the job's status.",
            )
        fields = ctx.models.fields.get(op.response.type.name, ())
        attr = next((f.name for f in fields if f.alias == rule.status_field), None)
        if attr is None:
            raise CodegenError(
                f"{op.response.type.name} has no field {rule.status_field!r} to poll",
                pointer=child(at, "status_field"),
                source=src,
                hint="Set status_field to the result's status property.",
            )
        noun = op.func.split("_", 1)[1] if "_" in op.func else op.func
        name = (
            naming.from_override(rule.name, child(at, "name"), src)
            if rule.name
            # openai-python's name: `client.videos.poll(video_id)` waits on `get`
            else naming.attribute("poll" if op.name == "get" else f"poll_{op.name}")
        )
        out.append(
            Poll(
                name=name,
                operation=op,
                attribute=attr,
                success=tuple(rule.success),
                failure=tuple(rule.failure),
                timeout=rule.timeout,
                interval=rule.interval,
                what=noun.replace("_", " "),
            )
        )
    return tuple(out)
