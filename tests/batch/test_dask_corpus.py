"""Runs examples/dask/normalize_corpus.py on a LocalCluster (2 worker
processes, 1 thread each) over a handful of fixture pages. Exit 77 (skip)
when dask.distributed is not installed. Needs ARTNORM_LIBRARY."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

SKIP = 77
# Generous: CI runs this beside compilers on 2 cores.
PROBE_TIMEOUT_SECONDS = 120
SCRIPT_TIMEOUT_SECONDS = 180
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("ARTNORM_SOURCE_DIR", os.path.normpath(os.path.join(HERE, "..", "..")))
GOLDEN = os.path.join(SOURCE_ROOT, "tests", "golden")
SCRIPT = os.path.join(SOURCE_ROOT, "examples", "dask", "normalize_corpus.py")
DASK_DIR = os.path.dirname(SCRIPT)
NS = "{https://artnorm.dev/ns/article/1}"


def check(condition, message):
    if not condition:
        print("FAIL:", message, file=sys.stderr)
        sys.exit(1)


def main():
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("dask.distributed is not installed: skipped")
        return SKIP
    sys.path.insert(0, DASK_DIR)
    import normalize_corpus  # the script's own helpers, checked directly
    check(normalize_corpus.output_name("a/b.html.gz") == os.path.join("a", "b.xml"), "output_name")
    check(normalize_corpus.is_page("X.HTM.GZ") and not normalize_corpus.is_page("x.xml"), "is_page")
    check_worker_side()
    if not cluster_can_start():
        return SKIP
    check_whole_script()
    print("ok")
    return 0


def cluster_can_start():
    """Whether this machine can run a plain LocalCluster of worker processes
    at all (some sandboxes forbid what multiprocessing needs, such as
    /dev/shm semaphores). Nothing of artnorm is involved, so a failure here
    is the environment's, reported and skipped; a failure after it is ours."""
    probe = ("from distributed import Client, LocalCluster\n"
             "cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,"
             " dashboard_address=None)\n"
             "client = Client(cluster)\n"
             "assert client.submit(sum, [1, 2]).result(timeout=60) == 3\n"
             "client.close(); cluster.close()\n")
    try:
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                timeout=PROBE_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        print(f"a bare LocalCluster did not start within {PROBE_TIMEOUT_SECONDS} s: skipped")
        return False
    if result.returncode != 0:
        print("a bare LocalCluster cannot start here (not artnorm's code): skipped")
        print(result.stderr[-3000:])
        return False
    return True


def check_whole_script():
    with tempfile.TemporaryDirectory() as folder:
        pages = os.path.join(folder, "pages")
        cases = ["seed", "de-regional-news", "es-cultura", "ru-city-news", "zh-tech-news"]
        for case in cases:
            target = os.path.join(pages, "nested" if case == "zh-tech-news" else "", case + ".txt")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy(os.path.join(GOLDEN, case, "input.txt"), target)
        with open(os.path.join(pages, "empty.txt"), "w"):
            pass  # rejected by the library: one failure, reported, not fatal
        out = os.path.join(folder, "out")
        try:
            result = subprocess.run(
                [sys.executable, SCRIPT, pages, out, "--workers", "2", "--threads-per-worker", "1"],
                capture_output=True, text=True, timeout=SCRIPT_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired as timeout:
            print((timeout.stderr or b"")[-3000:], file=sys.stderr)
            check(False, f"normalize_corpus.py did not finish within {SCRIPT_TIMEOUT_SECONDS} s")
        print(result.stdout)
        print(result.stderr[-3000:], file=sys.stderr)
        check(result.returncode == 1, f"exit {result.returncode}, expected 1 (one empty page)")
        check("normalize_corpus: 6 pages, 1 failed" in result.stdout, "summary line")
        check("2 workers" in result.stdout, "two workers")
        check("empty.txt: ARTNORM_ERROR_EMPTY_INPUT" in result.stderr, "failure reported")
        written = sorted(os.path.relpath(p, out)
                         for p in glob.glob(os.path.join(out, "**", "*.xml"), recursive=True))
        expected = sorted(os.path.join("nested", c + ".xml") if c == "zh-tech-news" else c + ".xml"
                          for c in cases)
        check(written == expected, f"written {written}")
        for case, name in zip(sorted(cases), sorted(expected, key=os.path.basename)):
            root = ElementTree.parse(os.path.join(out, name)).getroot()
            check(root.tag == NS + "article", f"{name} is an article")
        seed = ElementTree.parse(os.path.join(out, "seed.xml")).getroot()
        check(seed.findtext(NS + "headline") ==
              "Kazakhstan Grants Asylum Seeker Status to Jailed Yakutian Anti-War Activist",
              "seed headline")



def check_worker_side():
    """The worker side alone: one normalizer per process however many tasks."""
    import corpus_tasks
    seed_path = os.path.join(GOLDEN, "seed", "input.txt")
    with tempfile.TemporaryDirectory() as out:
        records = [corpus_tasks.normalize_file(seed_path, os.path.join(out, f"{i}.xml"), "",
                                               os.path.join(SOURCE_ROOT, "examples", "python"),
                                               os.environ.get("ARTNORM_LIBRARY", ""))
                   for i in range(3)]
    check(all(r["ok"] for r in records), f"worker records {records}")
    check([r["normalizers_created"] for r in records] == [1, 1, 1], "one normalizer per process")


if __name__ == "__main__":
    sys.exit(main())
