"""How the service sends a spreadsheet: one media type per format, one OpenAPI description, one response shape.

The extract route, a finished job's result and the web app's downloads all answer with the same CSV/XLSX files.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi.responses import Response

SheetFormat = Literal["csv", "xlsx"]

SHEET_MEDIA: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# The ``content`` of a route's 200 response in OpenAPI, beside its JSON model.
SHEET_CONTENT: dict[str, Any] = {
    "text/csv": {"schema": {"type": "string"}},
    SHEET_MEDIA["xlsx"]: {"schema": {"type": "string", "format": "binary"}},
}


def sheet_response(
    payload: str | bytes, filename: str, fmt: str, *, headers: dict[str, str] | None = None
) -> Response:
    """``payload`` as a download named ``filename`` (with its extension), in the media type of ``fmt``."""
    return Response(
        payload,
        media_type=SHEET_MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"', **(headers or {})},
    )
