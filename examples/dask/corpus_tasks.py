"""The worker side of normalize_corpus.py: what runs inside each Dask worker.

Each worker process loads libartnorm once, on its first task, and keeps one
configured artnorm.Normalizer per option string for the life of the process
(a configured normalizer may be shared by all the worker's threads). Tasks
read their page and write their XML themselves, so only a small record
travels back to the client: the input and output folders must be visible to
every worker (one machine, or a shared file system).
"""

import gzip
import os
import sys
import threading
import time

# Per-process state, created lazily by the first task that needs it.
_lock = threading.Lock()
_normalizers = {}          # option spec -> artnorm.Normalizer
_normalizers_created = 0   # how many this process built (reported for checks)


def _binding(binding_dir, library):
    """The artnorm module, imported once per process from binding_dir."""
    if library and not os.environ.get("ARTNORM_LIBRARY"):
        os.environ["ARTNORM_LIBRARY"] = library
    if binding_dir and binding_dir not in sys.path:
        sys.path.insert(0, binding_dir)
    import artnorm  # noqa: E402  (the path is only known at run time)
    return artnorm


def _normalizer(spec, binding_dir, library):
    global _normalizers_created
    with _lock:
        normalizer = _normalizers.get(spec)
        if normalizer is None:
            artnorm = _binding(binding_dir, library)
            normalizer = artnorm.Normalizer(spec or None)
            _normalizers[spec] = normalizer
            _normalizers_created += 1
        return normalizer


def read_page(path):
    """The bytes of a page; *.gz files are gunzipped."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as page:
        return page.read()


def normalize_file(path, output_path, spec="", binding_dir="", library=""):
    """Normalizes one page file into output_path. Never raises for a bad page:
    returns a record {path, ok, status, message, bytes_in, seconds, pid,
    normalizers_created}."""
    started = time.perf_counter()
    record = {"path": path, "ok": False, "status": "", "message": "", "bytes_in": 0,
              "pid": os.getpid()}
    try:
        normalizer = _normalizer(spec, binding_dir, library)
        page = read_page(path)
        record["bytes_in"] = len(page)
        xml = normalizer.normalize(page)
        os.makedirs(os.path.dirname(output_path) or ".", exist_ok=True)
        with open(output_path, "w", encoding="utf-8") as out:
            out.write(xml)
        record["ok"] = True
    except OSError as error:
        record["status"], record["message"] = "OSError", str(error)
    except Exception as error:  # artnorm.ArtnormError and anything unexpected
        record["status"] = getattr(error, "status_name", type(error).__name__)
        record["message"] = getattr(error, "message", str(error))
    record["seconds"] = time.perf_counter() - started
    record["normalizers_created"] = _normalizers_created
    return record
