"""A minimal asyncio HTTP/1.1 client for the load benchmark: keep-alive connections to one local server, GET
with a query string and POST of JSON, Content-Length or chunked answers.

Why not httpx: on the 2-core machine the generator shares the cores with the server it measures, and httpx's
async client took ~17 ms of CPU per search there (more than a search's own server CPU at low rates); this takes
well under 1 ms, so the figures are the server's.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit


@dataclass
class Answer:
    status_code: int
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class LightClient:
    """Keep-alive connections (at most ``max_connections``) to ``base`` (``http://host:port``)."""

    def __init__(self, base: str, max_connections: int = 64, timeout: float = 60.0) -> None:
        url = urlsplit(base)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.timeout = timeout
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._slots = asyncio.Semaphore(max_connections)

    async def __aenter__(self) -> LightClient:
        return self

    async def __aexit__(self, *_: Any) -> None:
        for _, writer in self._idle:
            writer.close()
        self._idle.clear()

    async def get(
        self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> Answer:
        if params:
            path = f"{path}?{urlencode(params)}"
        return await self._request("GET", path, b"", headers or {})

    async def post(self, path: str, json_body: Any, headers: dict[str, str] | None = None) -> Answer:
        body = json.dumps(json_body).encode()
        return await self._request(
            "POST", path, body, {**(headers or {}), "Content-Type": "application/json"}
        )

    async def _request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        async with self._slots:
            reused = bool(self._idle)
            conn = self._idle.pop() if reused else await asyncio.open_connection(self.host, self.port)
            try:
                answer, keep = await asyncio.wait_for(
                    self._exchange(conn, method, path, body, headers), self.timeout
                )
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                conn[1].close()
                if not reused or (isinstance(exc, asyncio.IncompleteReadError) and exc.partial):
                    raise
                # the server closed this idle keep-alive connection (uvicorn: after 5 s) before reading the
                # request: send it again on a new one
                conn = await asyncio.open_connection(self.host, self.port)
                try:
                    answer, keep = await asyncio.wait_for(
                        self._exchange(conn, method, path, body, headers), self.timeout
                    )
                except BaseException:
                    conn[1].close()
                    raise
            except BaseException:
                conn[1].close()
                raise
            if keep:
                self._idle.append(conn)
            else:
                conn[1].close()
            return answer

    async def _exchange(
        self,
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter],
        method: str,
        path: str,
        body: bytes,
        headers: dict[str, str],
    ) -> tuple[Answer, bool]:
        reader, writer = conn
        lines = [
            f"{method} {path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            f"Content-Length: {len(body)}",
        ]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        fields = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                fields[name.strip().lower()] = value.strip()
        if fields.get("transfer-encoding", "").lower() == "chunked":
            data = bytearray()
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    break
                data += chunk[:-2]
            payload = bytes(data)
        else:
            payload = await reader.readexactly(int(fields.get("content-length", "0")))
        return Answer(status, payload), fields.get("connection", "").lower() != "close"
