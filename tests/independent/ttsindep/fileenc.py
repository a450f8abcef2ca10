"""How the Console reads an uploaded file's bytes before decoding any JSON.

* Size: the file input refuses files of 16 MiB or more and the device importer warns from
  10 MiB on (pkg/webui/components/file-input/index.js `maxSize`,
  pkg/webui/console/containers/device-importer/form.js `largeFile`).
* Text encoding: the server converts the upload with golang.org/x/net/html/charset.NewReader
  (pkg/devicetemplates/ttsjson.go), which decides from the first 1024 bytes: a byte order mark
  wins; then an HTML <meta charset> declaration; then UTF-8 if those bytes contain non-ASCII
  and are valid UTF-8 (a partial character at the very end is ignored); otherwise the whole
  file is read as windows-1252. A UTF-8 BOM is not removed: the JSON reader then meets
  U+FEFF and fails.
"""

import re

MAX_SIZE = 16 * 1024 * 1024
WARN_SIZE = 10 * 1024 * 1024
SNIFF = 1024

# WHATWG encoding labels whose decoder turns every input into a single U+FFFD.
REPLACEMENT_LABELS = {"csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"}
UTF8_LABELS = {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"}
# html/charset treats a <meta> declaration of UTF-16 as UTF-8.
UTF16_LABELS = {"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le",
                "unicodefffe", "utf-16be"}


def _meta_charset(head):
    """The charset named by the first <meta> tag in head that declares one, or None.
    (A simplified form of the HTML pre-scan: <meta charset=X>, or <meta http-equiv=
    content-type content="...charset=X">.)"""
    text = head.decode("latin-1")
    for m in re.finditer(r"<meta(?=[\s/>])([^>]*)>?", text, re.I):
        attrs = {}
        for am in re.finditer(r"""([^\s=/>"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]*))?""", m.group(1)):
            key = am.group(1).lower()
            val = am.group(2) or ""
            if val[:1] in ("'", '"'):
                val = val[1:-1]
            attrs.setdefault(key, val)
        if "charset" in attrs:
            return attrs["charset"].strip().lower()
        if attrs.get("http-equiv", "").lower() == "content-type" and "content" in attrs:
            cm = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", attrs["content"], re.I)
            if cm:
                return cm.group(1).strip().lower()
    return None


def sniff(data):
    """(encoding name, reason) for the bytes of a file as the Console would decide."""
    head = data[:SNIFF]
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-bom", "starts with a UTF-8 byte order mark"
    if head.startswith(b"\xfe\xff") or head.startswith(b"\xff\xfe"):
        return "utf-16-bom", "starts with a UTF-16 byte order mark"
    label = _meta_charset(head)
    if label:
        if label in REPLACEMENT_LABELS:
            return "replacement", "the first 1024 bytes declare <meta charset=%s>" % label
        if label in UTF8_LABELS or label in UTF16_LABELS:
            return "utf-8", "the first 1024 bytes declare <meta charset=%s>" % label
        return "meta:" + label, "the first 1024 bytes declare <meta charset=%s>" % label
    trimmed = head
    for i in range(len(head) - 1, max(len(head) - 4, -1), -1):
        b = head[i]
        if b < 0x80:
            break
        if b & 0xC0 != 0x80:  # the start of a (possibly partial) character
            trimmed = head[:i]
            break
    if any(b >= 0x80 for b in trimmed):
        try:
            trimmed.decode("utf-8")
            return "utf-8", "the first 1024 bytes are UTF-8"
        except UnicodeDecodeError:
            return "windows-1252", "the first 1024 bytes are not valid UTF-8"
    return "windows-1252", "the first 1024 bytes are pure ASCII"


def line_of(data, offset):
    return data.count(b"\n", 0, offset) + 1


def file_findings(data):
    """[(line, text)] about the file as a whole."""
    out = []
    if len(data) >= MAX_SIZE:
        out.append((0, "file is %d bytes: the Console refuses files of 16 MiB or more; split it" % len(data)))
    elif len(data) >= WARN_SIZE:
        out.append((0, "file is %d bytes: the Console warns from 10 MiB on that large files can fail; split it"
                    % len(data)))
    enc, why = sniff(data)
    if enc == "utf-8-bom":
        out.append((1, "%s: the Console keeps it and TTS's JSON reader fails on U+FEFF (the whole import stops)" % why))
    elif enc == "utf-16-bom":
        out.append((1, "%s: the Console decodes the file as UTF-16" % why))
    elif enc == "replacement":
        out.append((1, "%s: the Console decodes the whole file to one U+FFFD (the import fails)" % why))
    elif enc.startswith("meta:") or enc == "windows-1252":
        reading = enc[5:] if enc.startswith("meta:") else "windows-1252"
        start = 0
        for line_no, line in enumerate(data.split(b"\n"), 1):
            first = next((i for i, b in enumerate(line) if b >= 0x80), None)
            if first is not None:
                out.append((line_no, "non-ASCII byte 0x%02X at offset %d, but %s: the Console reads the whole "
                            "file as %s, so this text arrives garbled (write \\uXXXX escapes)"
                            % (line[first], start + first, why, reading)))
            start += len(line) + 1
    if enc == "utf-8":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            out.append((line_of(data, e.start), "invalid UTF-8 at offset %d" % e.start))
    return out
