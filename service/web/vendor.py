"""Copy the GOV.UK Frontend release's compiled CSS and JS into ``service/web/static/govuk`` (run by hand when
upgrading; the result is committed, so the app needs no npm, CDN or network at run time).

    npm pack govuk-frontend && tar xzf govuk-frontend-*.tgz
    python -m service.web.vendor package/      # the unpacked npm package

The GDS Transport font and the crown images are for services on GOV.UK only (the Design System's guidance),
which this one is not: their ``@font-face`` rules are dropped and the font stack is the system one the kit
allows (``$govuk-font-family``). Nothing from the fonts or images folders is copied.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "static" / "govuk"
#: The system font stack used instead of GDS Transport (the kit's own advice for services off GOV.UK).
FONT_STACK = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif'


def rewrite_css(css: str) -> str:
    css = re.sub(r"@font-face\{[^}]*\}", "", css)
    css = css.replace("font-family:GDS Transport,arial,sans-serif", f"font-family:{FONT_STACK}")
    css = css.replace("font-family:GDS Transport", f"font-family:{FONT_STACK}")
    css = re.sub(r"url\(/assets/images/[^)]*\)", "none", css)
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    if "url(" in css:
        raise SystemExit("the CSS still loads something: check the release before vendoring it")
    return css


def main(package: Path) -> None:
    dist = package / "dist" / "govuk"
    version = json.loads((package / "package.json").read_text())["version"]
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "govuk-frontend.min.css").write_text(
        rewrite_css((dist / "govuk-frontend.min.css").read_text(encoding="utf-8")), encoding="utf-8"
    )
    js = (dist / "govuk-frontend.min.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S+", "", js)
    (TARGET / "govuk-frontend.min.js").write_text(js, encoding="utf-8")
    (TARGET / "VERSION").write_text(f"govuk-frontend {version}\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
