#!/usr/bin/env python3
"""Runs artnorm's benchmarks and prints the tables the README publishes.

1. Throughput on one core over the benchmark corpus (each text rendering and
   the HTML), from build/bin/artnorm_bench (Google Benchmark).
2. Scaling 1 KiB .. 64 MiB: bytes/s of the largest input against the
   smallest one; time per byte must stay flat (ratio near 1, no quadratic step).
3. Peak memory (max RSS of the CLI process) for large text and HTML inputs,
   against the target of 4x the input + 16 MB.

usage: run_benchmarks.py [--build build] [--min-time 0.5] [--quick]
Needs a Release (or RelWithDebInfo) build; the corpus is read from
../shared/corpus when it is there (set ARTNORM_BENCH_CORPUS otherwise).
"""
import argparse
import html
import json
import os
import subprocess
import sys
import tempfile

MB = 1 << 20
TEXT_TARGET_MBPS = 50
HTML_TARGET_MBPS = 25
MEMORY_SIZES_MB = (1, 16, 64)
# A step between sizes that loses more than this share of throughput is
# reported as non-linear.
FLATNESS_TOLERANCE = 0.5


def run_bench(binary, pattern, min_time):
    out = subprocess.run([binary, f'--benchmark_filter={pattern}',
                          f'--benchmark_min_time={min_time}', '--benchmark_format=json'],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)['benchmarks']


def throughput(benchmarks):
    rows = []
    for b in benchmarks:
        if b.get('error_occurred'):
            rows.append((b['name'], None, None, b.get('error_message', '')))
            continue
        # Google Benchmark's rates are per CPU second: one core.
        rows.append((b['name'], b['bytes_per_second'] / MB, b.get('items_per_second'), ''))
    return rows


def peak_rss_mb(cli, path, fmt):
    out = subprocess.run(['/usr/bin/time', '-f', '%M', cli, '--from', fmt, path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def synthetic_text(size, seed):
    body_begin = seed.index('Anti-war activist')
    body_end = seed.index('Read more about')
    head, body, tail = seed[:body_begin], seed[body_begin:body_end], seed[body_end:]
    repeats = max(1, (size - len(head) - len(tail)) // len(body))
    return head + body * repeats + tail


def synthetic_html(size, seed):
    """The seed article as a page: its headline and each paragraph of its
    body in <p>, the body repeated up to about size bytes."""
    body_begin = seed.index('Anti-war activist')
    body_end = seed.index('Read more about')
    paragraphs = [p.strip() for p in seed[body_begin:body_end].split('\n\n') if p.strip()]
    block = ''.join(f'<p>{html.escape(p)}</p>\n' for p in paragraphs)
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic article</title></head>'
            '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Synthetic article</h1>\n')
    tail = '</article><footer>© Example</footer></body></html>\n'
    repeats = max(1, (size - len(head) - len(tail)) // len(block.encode('utf-8')))
    return head + block * repeats + tail


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--build', default=os.path.join(root, 'build'))
    parser.add_argument('--min-time', default='0.5')
    parser.add_argument('--quick', action='store_true', help='sizes up to 8 MiB only')
    args = parser.parse_args()
    bench = os.path.join(args.build, 'bin', 'artnorm_bench')
    cli = os.path.join(args.build, 'bin', 'artnorm')

    print('## Throughput, one core (benchmark corpus, 121 pages)\n')
    print('| input | MB/s | pages/s | target |')
    print('| --- | ---: | ---: | --- |')
    for name, mbps, items, error in throughput(run_bench(bench, '^Corpus/', args.min_time)):
        target = HTML_TARGET_MBPS if name.endswith('html') else TEXT_TARGET_MBPS
        if mbps is None:
            print(f'| {name} | – | – | {error} |')
        else:
            verdict = 'met' if mbps >= target else 'not met'
            print(f'| {name} | {mbps:.1f} | {items:.0f} | ≥ {target} MB/s: {verdict} |')

    largest = '8388608' if args.quick else '67108864'
    print('\n## Scaling with input size (synthetic article, one core)\n')
    print('| input | size | MB/s |')
    print('| --- | ---: | ---: |')
    scaling = throughput(run_bench(bench, '^Scaling/', args.min_time))
    by_kind = {}
    for name, mbps, _, error in scaling:
        kind, size = name.split('/')[1], int(name.split('/')[2])
        if int(size) > int(largest):
            continue
        print(f'| {kind} | {size // 1024} KiB | {mbps:.1f} |' if mbps is not None
              else f'| {kind} | {size // 1024} KiB | {error} |')
        if mbps is not None:
            by_kind.setdefault(kind, []).append((size, mbps))
    for kind, points in by_kind.items():
        points.sort()
        worst_step = min(b / a for (_, a), (_, b) in zip(points, points[1:])) if len(points) > 1 else 1
        flat = worst_step >= 1 - FLATNESS_TOLERANCE
        print(f'\n{kind}: largest/smallest throughput {points[-1][1] / points[0][1]:.2f}, '
              f'worst step {worst_step:.2f} → {"linear" if flat else "NOT linear"}')

    print('\n## Peak memory (max RSS of the CLI)\n')
    print('| mode | input | peak RSS | target 4× input + 16 MB |')
    print('| --- | ---: | ---: | --- |')
    with open(os.path.join(root, 'tests', 'golden', 'seed', 'input.txt'), encoding='utf-8') as f:
        seed = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, make in (('text', synthetic_text), ('html', synthetic_html)):
            for size_mb in MEMORY_SIZES_MB:
                if args.quick and size_mb > 16:
                    continue
                path = os.path.join(tmp, f'{size_mb}.{fmt}')
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(make(size_mb * MB, seed))
                rss = peak_rss_mb(cli, path, fmt)
                limit = 4 * size_mb + 16
                print(f'| {fmt} | {size_mb} MB | {rss:.0f} MB | {"met" if rss <= limit else "not met"} '
                      f'(≤ {limit} MB) |')
                os.remove(path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
