# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoDetail` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._video_status import VideoStatus


class VideoDetail(BaseModel):
    """
    Video resource returned by list and detail endpoints.

    If ``output_language`` is present the video is a translated video;
    otherwise it is a generated video.
    """

    id: Annotated[str, Field(examples=["v_abc123def456"])]
    """
    Unique video identifier
    """
    title: Annotated[str | None, Field(examples=["My Generated Video"])] = None
    """
    Video title
    """
    status: Annotated[VideoStatus, Field(examples=["completed"])]
    """
    Current video status
    """
    created_at: Annotated[int | None, Field(examples=[1711929600])] = None
    """
    Unix timestamp of creation
    """
    completed_at: Annotated[int | None, Field(examples=[1711930200])] = None
    """
    Unix timestamp when video generation finished
    """
    video_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/video/abc123.mp4"])
    ] = None
    """
    Presigned URL to download the video file
    """
    thumbnail_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/thumb/abc123.jpg"])
    ] = None
    """
    URL to video thumbnail image
    """
    gif_url: Annotated[str | None, Field(examples=["https://files.heygen.ai/gif/abc123.gif"])] = (
        None
    )
    """
    URL to animated GIF preview
    """
    captioned_video_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/video/abc123_captioned.mp4"])
    ] = None
    """
    Presigned URL to download the video file with captions burned in
    """
    subtitle_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/srt/abc123.srt"])
    ] = None
    """
    Presigned URL to download the SRT subtitle file
    """
    duration: Annotated[float | None, Field(examples=[30.5])] = None
    """
    Video duration in seconds
    """
    folder_id: Annotated[str | None, Field(examples=["folder_abc123"])] = None
    """
    ID of containing folder
    """
    output_language: Annotated[str | None, Field(examples=["en-US"])] = None
    """
    BCP-47 output language code. Present only for translated videos.
    """
    failure_code: Annotated[str | None, Field(examples=["rendering_failed"])] = None
    """
    Machine-readable failure reason. Only present when status is failed.
    """
    failure_message: Annotated[str | None, Field(examples=["Avatar rendering timed out"])] = None
    """
    Human-readable failure description. Only present when status is failed.
    """
    video_page_url: Annotated[
        str | None, Field(examples=["https://app.heygen.com/video/abc123"])
    ] = None
    """
    URL to the video page in the HeyGen app
    """
