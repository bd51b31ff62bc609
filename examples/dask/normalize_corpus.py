#!/usr/bin/env python3
"""Normalizes a folder of pages on a Dask distributed cluster with libartnorm.

    normalize_corpus.py INPUT_DIR OUTPUT_DIR [--workers N] [--threads-per-worker T]
                        [--scheduler ADDRESS] [--options SPEC] [--library PATH]

Every page below INPUT_DIR (*.txt *.text *.html *.htm *.xhtml, and the same
with .gz; names starting with '.' skipped) becomes OUTPUT_DIR/<relative
path>.xml, e.g. pages/a/b.html.gz -> out/a/b.xml. Without --scheduler a
LocalCluster of N worker processes is started. Each worker process loads the
library once and shares one normalizer among its threads (corpus_tasks.py).
Workers read and write the files themselves: with a remote scheduler the
folders, the binding and the library must be at the same paths on every
worker.

Prints a summary ("normalize_corpus: 5 pages, 0 failed, 0.1 MB in 1.20 s
(0.1 MB/s), 2 workers"); each failure is reported on stderr. Exit status 0
when every page was normalized, 1 when one failed, 2 on usage errors.
"""

import argparse
import itertools
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING_DIR = os.path.normpath(os.path.join(HERE, "..", "python"))
PAGE_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".xhtml")
GZIP_EXTENSION = ".gz"
# Tasks submitted ahead per worker thread: the cluster stays busy while the
# client holds only a bounded number of futures, whatever the corpus size.
TASKS_IN_FLIGHT_PER_THREAD = 4
BYTES_PER_MEGABYTE = 1e6


def is_page(name):
    name = name.lower()
    if name.endswith(GZIP_EXTENSION):
        name = name[: -len(GZIP_EXTENSION)]
    return name.endswith(PAGE_EXTENSIONS)


def output_name(relative_path):
    """"a/b.html.gz" -> "a/b.xml" (the same rule as the artnorm CLI)."""
    stem = relative_path
    if stem.lower().endswith(GZIP_EXTENSION):
        stem = stem[: -len(GZIP_EXTENSION)]
    root, extension = os.path.splitext(stem)
    if extension.lower() in PAGE_EXTENSIONS:
        stem = root
    return stem + ".xml"


def find_pages(input_dir):
    """(page path, relative path) of every page below input_dir, sorted."""
    pages = []
    for folder, subfolders, files in os.walk(input_dir):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and is_page(name):
                path = os.path.join(folder, name)
                pages.append((path, os.path.relpath(path, input_dir)))
    return pages


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--threads-per-worker", type=int, default=1)
    parser.add_argument("--scheduler", help="address of a running scheduler (no LocalCluster)")
    parser.add_argument("--options", default="",
                        help='artnorm options, e.g. "from=html, language=de"')
    parser.add_argument("--library", default=os.environ.get("ARTNORM_LIBRARY", ""),
                        help="path of libartnorm.so.1 (default: $ARTNORM_LIBRARY)")
    arguments = parser.parse_args(argv)
    if not os.path.isdir(arguments.input_dir):
        parser.error(f"{arguments.input_dir} is not a folder")
    if arguments.workers < 1 or arguments.threads_per_worker < 1:
        parser.error("--workers and --threads-per-worker take a number from 1")
    return arguments


def start_client(arguments):
    from distributed import Client, LocalCluster
    if arguments.scheduler:
        return Client(arguments.scheduler), None
    # Worker processes inherit the environment: they find both modules and
    # the library through it.
    paths = [HERE, BINDING_DIR] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    if arguments.library:
        os.environ["ARTNORM_LIBRARY"] = os.path.abspath(arguments.library)
    cluster = LocalCluster(n_workers=arguments.workers,
                           threads_per_worker=arguments.threads_per_worker,
                           processes=True, dashboard_address=None)
    return Client(cluster), cluster


def run(arguments):
    from distributed import as_completed
    import corpus_tasks

    pages = find_pages(arguments.input_dir)
    client, cluster = start_client(arguments)
    try:
        client.upload_file(os.path.join(HERE, "corpus_tasks.py"))  # for remote workers
        threads = sum(client.nthreads().values()) or 1
        library = os.path.abspath(arguments.library) if arguments.library else ""

        def submit(page):
            path, relative = page
            target = os.path.join(arguments.output_dir, output_name(relative))
            return client.submit(corpus_tasks.normalize_file, os.path.abspath(path),
                                 os.path.abspath(target), arguments.options, BINDING_DIR,
                                 library, pure=False)

        started = time.perf_counter()
        waiting = iter(pages)
        first = itertools.islice(waiting, threads * TASKS_IN_FLIGHT_PER_THREAD)
        running = as_completed([submit(page) for page in first])
        records = []
        for future in running:
            record = future.result()
            records.append(record)
            if not record["ok"]:
                print(f"normalize_corpus: {record['path']}: {record['status']}: "
                      f"{record['message']}", file=sys.stderr)
            following = next(waiting, None)
            if following is not None:
                running.add(submit(following))
        seconds = time.perf_counter() - started
        workers = len(client.nthreads())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    failed = sum(1 for r in records if not r["ok"])
    megabytes = sum(r["bytes_in"] for r in records) / BYTES_PER_MEGABYTE
    rate = megabytes / seconds if seconds > 0 else 0.0
    print(f"normalize_corpus: {len(records)} pages, {failed} failed, {megabytes:.1f} MB in "
          f"{seconds:.2f} s ({rate:.1f} MB/s), {workers} workers, "
          f"{len({r['pid'] for r in records})} processes used")
    return records


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    sys.path.insert(0, HERE)
    records = run(arguments)
    return 0 if all(r["ok"] for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
