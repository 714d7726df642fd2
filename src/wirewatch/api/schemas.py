"""Request bodies the API accepts, as pydantic models (they also document themselves in OpenAPI)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.api.service import ArticleInput


class ArticleIn(BaseModel):
    """One article: its text (plain, or an HTML page with `html: true`) and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article's text, or an HTML page when html is true")
    id: str | None = Field(
        None, max_length=200, description="your id; default: a hash of the normalised text"
    )
    title: str | None = None
    date: str | None = Field(None, description="publication date, YYYY-MM-DD", examples=["2017-11-22"])
    url: str | None = None
    source: str | None = None
    html: bool = False

    def to_input(self) -> ArticleInput:
        return ArticleInput(**self.model_dump())
