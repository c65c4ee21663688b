# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents`, whose classes `_video_agents` holds.

Each resource nested in it has a module here, imported when its accessor is first read.
"""

from ._video_agents import (
    AsyncVideoAgents,
    AsyncVideoAgentsWithRawResponse,
    VideoAgents,
    VideoAgentsWithRawResponse,
)

__all__ = [
    "AsyncVideoAgents",
    "AsyncVideoAgentsWithRawResponse",
    "VideoAgents",
    "VideoAgentsWithRawResponse",
]
