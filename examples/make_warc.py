"""Write warc/crawl.warc.gz: one HTML response among a robots.txt response and a request.

Run from this folder: ``python make_warc.py`` (needs warcio). The file is committed; this
script says how it was made.
"""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Flooding displaces thousands in northern Bangladesh - River Desk</title>
<meta property="og:site_name" content="River Desk"></head>
<body><nav><a href="/">Home</a> <a href="/weather">Weather</a></nav>
<article><h1>Flooding displaces thousands in northern Bangladesh</h1>
<p>Floods in the Sylhet division of northern Bangladesh have displaced about 12,000 people since Monday, the disaster management ministry said on Thursday.</p>
<p>The army was deployed to help evacuate villages along the Surma river, and the Red Crescent said it had set up 40 shelters.</p>
<p>Officials warned that water levels could rise further after heavy rain in India's Meghalaya state upstream.</p>
</article><footer>Copyright River Desk</footer></body></html>"""


def main() -> None:
    out = Path(__file__).parent / "warc" / "crawl.warc.gz"
    out.parent.mkdir(exist_ok=True)
    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        url = "https://river-desk.example/2023/06/sylhet-floods"
        req = writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://river-desk.example/robots.txt", "response",
            payload=BytesIO(b"User-agent: *\nAllow: /\n"), http_headers=robots))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=BytesIO(PAGE.encode("utf-8")), http_headers=headers))


if __name__ == "__main__":
    main()
