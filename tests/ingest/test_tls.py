"""HTTPS to a pinned address: the certificate is still checked against the host's name."""

import http.server
import shutil
import ssl
import subprocess
import threading

import pytest

from truceline.ingest.web import Fetcher, FetchError, Policy

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")


@pytest.fixture
def tls_site(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=feeds.example", "-addext", "subjectAltName=DNS:feeds.example",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)  # fmt: skip

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            body = f"hello {self.headers['Host']}".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[1], str(cert)
    server.shutdown()
    server.server_close()


def test_pinned_https_checks_the_name_not_the_address(tls_site):
    port, ca = tls_site
    policy = Policy(allow_private=True, retries=0, timeout=5, ca_file=ca)
    with Fetcher(policy, resolver=lambda host, p: ["127.0.0.1"]) as f:
        assert (
            f.get(f"https://feeds.example:{port}/").body == f"hello feeds.example:{port}".encode()
        )
        with pytest.raises(FetchError):  # the certificate does not name the bare address
            f.get(f"https://127.0.0.1:{port}/")
    with Fetcher(Policy(allow_private=True, retries=0, timeout=5),
                 resolver=lambda host, p: ["127.0.0.1"]) as f, pytest.raises(FetchError):  # fmt: skip
        f.get(f"https://feeds.example:{port}/")  # an unknown CA is refused
