"""A small HTTP server on 127.0.0.1 that answers like the DeepL API (v2), for the machine translation tests.

Authentication keys choose its behaviour: ``good-key`` works, ``bad-key`` is
refused (403), ``quota-key`` has used up its quota (456 on translate),
``slow-key`` answers after ``slow_seconds``. Translations are the text with
the glossary's entries applied, prefixed with the target language:
``"[EN-GB] Le twinning committee"``. Requests are recorded in ``requests``.
"""

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class DeepLStandIn:
    def __init__(self):
        self.requests = []  # (method, path, params)
        self.glossaries = {}  # id -> {"name", "source_lang", "target_lang", "entries": [(source, target)]}
        self.slow_seconds = 3
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _params(self):
                length = int(self.headers.get("Content-Length") or 0)
                return parse_qs(self.rfile.read(length).decode()) if length else {}

            def _answer(self, status, data=None):
                body = json.dumps(data).encode() if data is not None else b""
                try:
                    self.send_response(status)
                    if data is not None:
                        self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (timeout test)
                    pass

            def _handle(self, method):
                params = self._params()
                stand_in.requests.append((method, self.path, params))
                key = self.headers.get("Authorization", "").removeprefix("DeepL-Auth-Key ")
                if key == "bad-key":
                    return self._answer(403, {"message": "Wrong endpoint or authorization key"})
                if (method, self.path) == ("GET", "/v2/glossaries"):
                    return self._answer(200, {"glossaries": stand_in.list_glossaries()})
                if (method, self.path) == ("POST", "/v2/glossaries"):
                    return self._answer(201, stand_in.create_glossary(params))
                if method == "DELETE" and self.path.startswith("/v2/glossaries/"):
                    stand_in.glossaries.pop(self.path.rsplit("/", 1)[1], None)
                    return self._answer(204)
                if (method, self.path) == ("POST", "/v2/translate"):
                    if key == "quota-key":
                        return self._answer(456, {"message": "Quota exceeded"})
                    if key == "slow-key":
                        time.sleep(stand_in.slow_seconds)
                    return self._answer(200, {"translations": stand_in.translate(params)})
                return self._answer(404, {"message": "Not found"})

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_DELETE(self):
                self._handle("DELETE")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def list_glossaries(self):
        return [
            {
                "glossary_id": pk,
                "name": g["name"],
                "ready": True,
                "source_lang": g["source_lang"],
                "target_lang": g["target_lang"],
                "entry_count": len(g["entries"]),
            }
            for pk, g in self.glossaries.items()
        ]

    def create_glossary(self, params):
        pk = str(uuid.uuid4())
        entries = [tuple(line.split("\t")) for line in params["entries"][0].splitlines() if line]
        self.glossaries[pk] = {
            "name": params["name"][0],
            "source_lang": params["source_lang"][0],
            "target_lang": params["target_lang"][0],
            "entries": entries,
        }
        return {"glossary_id": pk, "name": params["name"][0], "ready": True, "entry_count": len(entries)}

    def translate(self, params):
        glossary = self.glossaries.get(params.get("glossary_id", [""])[0], {"entries": []})
        entries = sorted(glossary["entries"], key=lambda entry: len(entry[0]), reverse=True)
        translations = []
        for text in params.get("text", []):
            for source, target in entries:
                text = text.replace(source, target)
            translations.append({"detected_source_language": "FR", "text": f"[{params['target_lang'][0]}] {text}"})
        return translations

    def calls(self, method, path):
        return [params for m, p, params in self.requests if (m, p) == (method, path)]
