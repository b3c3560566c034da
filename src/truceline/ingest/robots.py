"""robots.txt: fetched once per site and run, then asked before every page or feed."""

from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from truceline.ingest.web import Fetcher, FetchError


class Robots:
    """The robots.txt rules of each site seen, fetched through `fetcher`."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._rules: dict[str, RobotFileParser] = {}

    def allowed(self, url: str, *, allow_private: bool | None = None) -> bool:
        """Whether our user agent may fetch `url`. A missing robots.txt (4xx) allows
        everything; any other failure to read it is a FetchError (the site is not answering)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._rules.get(origin)
        if rules is None:
            rules = self._rules[origin] = self._load(origin, allow_private)
        return rules.can_fetch(self._fetcher.policy.user_agent, url)

    def _load(self, origin: str, allow_private: bool | None) -> RobotFileParser:
        rules = RobotFileParser()
        try:
            response = self._fetcher.get(f"{origin}/robots.txt", allow_private=allow_private)
        except FetchError as exc:
            if "HTTP 4" not in str(exc):
                raise  # not cached: the next run asks again
            rules.parse([])  # no rules: everything allowed
            return rules
        rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return rules
