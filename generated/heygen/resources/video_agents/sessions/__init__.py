# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents.sessions`, whose classes `_sessions` holds.

Each resource nested in it has a module here, imported when its accessor is first read.
"""

from ._sessions import (
    AsyncVideoAgentsSessions,
    AsyncVideoAgentsSessionsWithRawResponse,
    VideoAgentsSessions,
    VideoAgentsSessionsWithRawResponse,
)

__all__ = [
    "AsyncVideoAgentsSessions",
    "AsyncVideoAgentsSessionsWithRawResponse",
    "VideoAgentsSessions",
    "VideoAgentsSessionsWithRawResponse",
]
