"""artnorm for Python: a ctypes binding to libartnorm's C API (one module, no
build step).

    import artnorm
    xml = artnorm.normalize(open("page.txt", "rb").read(), pretty=True)

    with artnorm.Normalizer(from_="html", language="de") as normalizer:
        for page in pages:            # from any number of threads
            xml = normalizer.normalize(page)

Options are the names of artnorm_normalizer_configure with "_" for "-":
from_ (or format) = "text" | "html" | "auto", pretty, strict_utf8,
max_input_bytes (an int, or text such as "16M"), language, base_url, charset.
A raw spec string is also accepted: Normalizer("from=html, pretty=1").
Failures raise ArtnormError with .status (int), .status_name and .message.

The library is found through $ARTNORM_LIBRARY, else next to this file, else
in ../../build/lib (a build tree beside the examples), else by
ctypes.util.find_library("artnorm").
"""

import ctypes
import ctypes.util
import os
import threading

__all__ = ["ArtnormError", "Normalizer", "normalize", "version", "abi_version",
           "library_path"]

ABI_VERSION = 1
_LIBRARY_FILE = "libartnorm.so.1"

# artnorm_status values this binding names itself (artnorm_status_name knows all).
OK = 0
ERROR_INVALID_OPTION = 2

# String options go through artnorm_normalizer_set_string, which takes any
# bytes (the configure syntax cannot quote a '"'); keys from artnorm_option.
_STRING_OPTIONS = {"language": 5, "base-url": 6, "charset": 7}
# Keyword spellings that differ from the configure names.
_ALIASES = {"from_": "from", "format": "from"}


class ArtnormError(Exception):
    """A failed artnorm call: status (int), status_name, message."""

    def __init__(self, status, message):
        self.status = int(status)
        self.status_name = _status_name(self.status)
        self.message = message
        super().__init__(f"{self.status_name}: {message}" if message else self.status_name)


def _candidate_paths():
    from_environment = os.environ.get("ARTNORM_LIBRARY")
    if from_environment:
        yield from_environment
        return
    here = os.path.dirname(os.path.abspath(__file__))
    yield os.path.join(here, _LIBRARY_FILE)
    yield os.path.normpath(os.path.join(here, "..", "..", "build", "lib", _LIBRARY_FILE))
    found = ctypes.util.find_library("artnorm")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidate_paths():
        # Explicit paths must exist; a bare name from find_library is the loader's.
        if os.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            return path, ctypes.CDLL(path)
        except OSError as error:
            tried.append(f"{path} ({error})")
    raise OSError("libartnorm not found; set ARTNORM_LIBRARY. Tried: " + ", ".join(tried))


def _declare(lib):
    c_normalizer_p = ctypes.c_void_p  # opaque, owned: passed back to *_free
    c_result_p = ctypes.c_void_p
    signatures = {
        "artnorm_version_string": (ctypes.c_char_p, []),
        "artnorm_abi_version": (ctypes.c_uint, []),
        "artnorm_status_name": (ctypes.c_char_p, [ctypes.c_int]),
        "artnorm_normalizer_new": (ctypes.c_int, [ctypes.POINTER(c_normalizer_p)]),
        "artnorm_normalizer_free": (None, [c_normalizer_p]),
        "artnorm_normalizer_configure": (ctypes.c_int,
                                         [c_normalizer_p, ctypes.c_char_p, ctypes.c_size_t]),
        "artnorm_normalizer_set_string": (ctypes.c_int, [c_normalizer_p, ctypes.c_int,
                                                         ctypes.c_char_p, ctypes.c_size_t]),
        "artnorm_normalizer_last_error": (ctypes.c_char_p, [c_normalizer_p]),
        "artnorm_normalize": (ctypes.c_int, [c_normalizer_p, ctypes.c_char_p, ctypes.c_size_t,
                                             ctypes.POINTER(c_result_p)]),
        "artnorm_result_message": (ctypes.c_char_p, [c_result_p]),
        # The XML is borrowed from the result: read it as a raw pointer + length.
        "artnorm_result_xml": (ctypes.c_void_p, [c_result_p, ctypes.POINTER(ctypes.c_size_t)]),
        "artnorm_result_free": (None, [c_result_p]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    if lib.artnorm_abi_version() != ABI_VERSION:
        raise OSError(f"libartnorm ABI {lib.artnorm_abi_version()}, this binding needs "
                      f"{ABI_VERSION}")
    return lib


library_path, _lib = _load()
_declare(_lib)


def _status_name(status):
    return _lib.artnorm_status_name(status).decode("ascii")


def _text(pointer_value):
    return pointer_value.decode("utf-8", "replace") if pointer_value else ""


def version():
    """Version string of the loaded library, e.g. "0.1.0"."""
    return _lib.artnorm_version_string().decode("ascii")


def abi_version():
    return int(_lib.artnorm_abi_version())


def _as_bytes(data, what):
    if isinstance(data, str):
        # surrogateescape gives back the bytes a str decoded that way came
        # from, so invalid UTF-8 still reaches the library (and strict_utf8).
        return data.encode("utf-8", "surrogateescape")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"{what} must be str or bytes, not {type(data).__name__}")


def _option_text(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


class Normalizer:
    """A configured normalizer. Options are fixed at construction, so one
    instance may serve any number of threads at once (the library's
    normalize is read-only on it). Close it, or use it as a context manager."""

    def __init__(self, spec=None, **options):
        handle = ctypes.c_void_p()
        status = _lib.artnorm_normalizer_new(ctypes.byref(handle))
        if status != OK:
            raise ArtnormError(status, "cannot create a normalizer")
        self._handle = handle
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._busy = 0
        try:
            if spec:
                self._configure(_as_bytes(spec, "spec"))
            for keyword, value in options.items():
                self._set(keyword, value)
        except BaseException:
            self.close()
            raise

    def _configure(self, spec):
        status = _lib.artnorm_normalizer_configure(self._handle, spec, len(spec))
        if status != OK:
            raise ArtnormError(status, _text(_lib.artnorm_normalizer_last_error(self._handle)))

    def _set(self, keyword, value):
        name = _ALIASES.get(keyword, keyword.replace("_", "-"))
        if name in _STRING_OPTIONS and isinstance(value, (str, bytes)):
            data = _as_bytes(value, name)
            status = _lib.artnorm_normalizer_set_string(self._handle, _STRING_OPTIONS[name],
                                                        data, len(data))
            if status != OK:
                raise ArtnormError(status,
                                   _text(_lib.artnorm_normalizer_last_error(self._handle)))
            return
        # Everything else (unknown names included) goes to the library's
        # parser, which owns the rules and the error messages.
        self._configure(f"{name}={_option_text(value)}".encode("utf-8"))

    def normalize(self, data):
        """Normalizes str or bytes; returns the XML document as str."""
        data = _as_bytes(data, "input")
        with self._lock:
            if self._handle is None:
                raise ValueError("normalizer is closed")
            self._busy += 1
        try:
            return self._normalize(data)
        finally:
            with self._lock:
                self._busy -= 1
                self._idle.notify_all()

    def _normalize(self, data):
        result = ctypes.c_void_p()
        # ctypes.CDLL releases the GIL during the call: threads run in parallel.
        status = _lib.artnorm_normalize(self._handle, data, len(data), ctypes.byref(result))
        try:
            if status != OK:
                message = _text(_lib.artnorm_result_message(result)) if result else ""
                raise ArtnormError(status, message)
            length = ctypes.c_size_t()
            pointer = _lib.artnorm_result_xml(result, ctypes.byref(length))
            return ctypes.string_at(pointer, length.value).decode("utf-8")
        finally:
            _lib.artnorm_result_free(result)

    def close(self):
        """Frees the library handle once no call is running on it."""
        with self._lock:
            while self._busy:
                self._idle.wait()
            handle, self._handle = self._handle, None
        if handle is not None:
            _lib.artnorm_normalizer_free(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        # A forgotten close(); at interpreter exit the module may be half gone.
        try:
            if getattr(self, "_handle", None) is not None:
                self.close()
        except Exception:
            pass


def normalize(data, spec=None, **options):
    """One-shot: normalize(text_or_bytes, pretty=True, from_="html") -> XML str."""
    with Normalizer(spec, **options) as normalizer:
        return normalizer.normalize(data)


if __name__ == "__main__":
    import sys
    if len(sys.argv) < 2:
        sys.exit("usage: artnorm.py FILE [NAME=VALUE ...]")
    pairs = dict(arg.split("=", 1) for arg in sys.argv[2:])
    with open(sys.argv[1], "rb") as page:
        sys.stdout.write(normalize(page.read(), **pairs))
