#!/usr/bin/env python3
"""Quality evaluation of artnorm on the article-extraction benchmark pages.

Normalizes every page of CORPUS/scrapinghub (each text rendering, and the HTML
when the build supports it), takes the text of <body> (blocks joined by blank
lines), and scores it against truth.json with CORPUS/score.py (shingle F1, the
benchmark's published metric). Also checks the headline against the page's own
(og:title or the first <h1> of its HTML, minus a " - Site" suffix).

Pages are split in two fixed halves by the first hex digit of their id
(0-7: "tune", 8-f: "holdout"); scores are printed for all pages and for each
half, so that rules tuned on one half can be checked on pages never looked at.

Keeps everything per page under OUT/<mode>/ (the XML, predictions.json,
scores.tsv) so regressions can be read page by page.

usage: evaluate.py [--artnorm build/bin/artnorm] [--corpus ../shared/corpus]
                   [--out build/quality] [--modes html-text,inscriptis,html2text,html]
Run on demand (not part of the unit suite); needs the corpus.
"""
import argparse
import concurrent.futures as futures
import gzip
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = '{https://artnorm.dev/ns/article/1}'
TEXT_MODES = ('html-text', 'inscriptis', 'html2text')
BLOCK_SEPARATOR = '\n\n'
# Same separators the normalizer strips from titles; the page's own title is
# compared without its site part.
SITE_SEPARATORS = (' - ', ' – ', ' — ', ' | ', ' :: ', ' · ')
# The issues' targets per mode: (name, measured key, minimum). Text modes
# (issue 3) must reach them on the holdout half too, the pages the rules were
# not tuned on; HTML (issue 4) must beat every open extractor's 0.970.
TEXT_TARGETS = (('F1', 'f1', 0.93), ('F1 holdout', 'holdout', 0.93), ('precision', 'p', 0.90),
                ('recall', 'r', 0.90), ('headline', 'headline', 0.90))
HTML_TARGETS = (('F1', 'f1', 0.97), ('precision', 'p', 0.95))
HALVES = {'tune': lambda page_id: page_id[0] in '01234567',
          'holdout': lambda page_id: page_id[0] in '89abcdef'}


def body_text(xml_bytes):
    """Text of <body>: paragraphs, headings, quotes, code, list items and table rows."""
    root = ET.fromstring(xml_bytes)
    body = root.find(NS + 'body')
    if body is None:
        return ''
    blocks = []
    for block in body:
        tag = block.tag.replace(NS, '')
        if tag == 'list':
            blocks.extend(''.join(item.itertext()) for item in block.findall(NS + 'item'))
        elif tag == 'table':
            for row in block.findall(NS + 'row'):
                blocks.append(' '.join(''.join(c.itertext()) for c in row.findall(NS + 'cell')))
        else:
            blocks.append(''.join(block.itertext()))
    return BLOCK_SEPARATOR.join(b for b in blocks if b.strip())


def headline_of(xml_bytes):
    root = ET.fromstring(xml_bytes)
    node = root.find(NS + 'headline')
    return (node.text or '') if node is not None else ''


class TitleFinder(html.parser.HTMLParser):
    """og:title, else the text of the first <h1>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.og_title = None
        self.h1 = None
        self._in_h1 = False
        self._h1_parts = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'meta' and attrs.get('property') == 'og:title' and self.og_title is None:
            self.og_title = attrs.get('content') or ''
        if tag == 'h1' and self.h1 is None:
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag == 'h1' and self._in_h1:
            self._in_h1 = False
            self.h1 = ''.join(self._h1_parts)

    def handle_data(self, data):
        if self._in_h1:
            self._h1_parts.append(data)


def squash(text):
    text = unicodedata.normalize('NFKC', html.unescape(text or ''))
    return ' '.join(text.split()).strip().casefold()


def strip_site(title):
    for sep in SITE_SEPARATORS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if len(tail.split()) <= 5 and len(head) > len(tail):
                return head
    return title


def true_headlines(html_bytes):
    finder = TitleFinder()
    try:
        finder.feed(html_bytes.decode('utf-8', errors='replace'))
    except Exception:  # a broken page must not stop the evaluation
        pass
    candidates = [c for c in (finder.h1, finder.og_title) if c and c.strip()]
    return {squash(strip_site(c)) for c in candidates} | {squash(c) for c in candidates}


def run_page(artnorm, path, mode, out_dir):
    page_id = os.path.basename(path).split('.')[0]
    fmt = 'html' if mode == 'html' else 'text'
    if path.endswith('.gz'):
        with gzip.open(path, 'rb') as f:
            data = f.read()
    else:
        with open(path, 'rb') as f:
            data = f.read()
    proc = subprocess.run([artnorm, '--from', fmt, '-'], input=data, capture_output=True)
    xml_bytes = proc.stdout if proc.returncode == 0 else b''
    with open(os.path.join(out_dir, page_id + '.xml'), 'wb') as f:
        f.write(xml_bytes if xml_bytes else proc.stderr)
    if not xml_bytes:
        return page_id, '', '', proc.stderr.decode('utf-8', 'replace').strip()
    return page_id, body_text(xml_bytes), headline_of(xml_bytes), ''


def score_mode(args, corpus, mode, truth, titles):
    out_dir = os.path.join(args.out, mode)
    os.makedirs(out_dir, exist_ok=True)
    if mode == 'html':
        paths = [os.path.join(corpus, 'html', k + '.html.gz') for k in sorted(truth)]
    else:
        paths = [os.path.join(corpus, 'text', mode, k + '.txt') for k in sorted(truth)]
    with futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda p: run_page(args.artnorm, p, mode, out_dir), paths))
    predictions = {pid: {'articleBody': body} for pid, body, _, _ in results}
    failures = {pid: err for pid, _, _, err in results if err}
    pred_path = os.path.join(out_dir, 'predictions.json')
    with open(pred_path, 'w', encoding='utf-8') as f:
        json.dump(predictions, f, ensure_ascii=False, indent=1)

    sys.path.insert(0, os.path.dirname(os.path.abspath(args.score)))
    import score as scorer  # the benchmark's own scorer, unchanged
    f1, precision, recall, rows = scorer.score(truth, predictions)
    halves = {}
    for half, wanted in HALVES.items():
        part = {k: v for k, v in truth.items() if wanted(k)}
        halves[half] = scorer.score(part, predictions)[:3]
    headline_hits = sum(1 for pid, _, headline, _ in results
                        if titles.get(pid) and squash(headline) in titles[pid])
    headline_total = sum(1 for pid in truth if titles.get(pid))
    with open(os.path.join(out_dir, 'scores.tsv'), 'w', encoding='utf-8') as f:
        f.write('page\tprecision\trecall\theadline_ok\n')
        by_id = {pid: headline for pid, _, headline, _ in results}
        for pid, p, r in rows:
            ok = squash(by_id.get(pid, '')) in titles.get(pid, set())
            f.write(f'{pid}\t{p:.3f}\t{r:.3f}\t{int(ok)}\n')
    return f1, precision, recall, headline_hits, headline_total, failures, halves


def targets_verdict(measured, targets):
    """'met', or 'NOT met: ' and the targets missed with their minimum."""
    missed = [f'{name} < {minimum:g}' for name, key, minimum in targets if measured[key] < minimum]
    return 'met' if not missed else 'NOT met: ' + ', '.join(missed)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--artnorm', default=os.path.join(root, 'build', 'bin', 'artnorm'))
    parser.add_argument('--corpus', default=os.path.join(root, '..', 'shared', 'corpus'))
    parser.add_argument('--out', default=os.path.join(root, 'build', 'quality'))
    parser.add_argument('--modes', default=','.join(TEXT_MODES + ('html',)))
    args = parser.parse_args()

    corpus = os.path.join(args.corpus, 'scrapinghub')
    args.score = os.path.join(args.corpus, 'score.py')
    if not os.path.isdir(corpus):
        print(f'evaluate.py: no corpus at {corpus}; nothing to evaluate', file=sys.stderr)
        return 0
    with open(os.path.join(corpus, 'truth.json'), encoding='utf-8') as f:
        truth = json.load(f)
    titles = {}
    for pid in truth:
        with gzip.open(os.path.join(corpus, 'html', pid + '.html.gz'), 'rb') as f:
            titles[pid] = true_headlines(f.read())

    print(f'{"mode":<11} {"F1":>6} {"prec":>6} {"recall":>6} {"headline":>9} {"failed":>6}'
          f'  {"F1 tune":>8} {"F1 holdout":>10}  targets')
    for mode in args.modes.split(','):
        f1, p, r, hits, total, failures, halves = score_mode(args, corpus, mode, truth, titles)
        if mode == 'html' and len(failures) == len(truth):
            print(f'{mode:<11} {"-":>6} {"-":>6} {"-":>6} {"-":>9} {"all":>6}  '
                  f'({next(iter(failures.values()))[:60]})')
            continue
        share = hits / total if total else 0.0
        measured = {'f1': f1, 'p': p, 'r': r, 'headline': share, 'holdout': halves['holdout'][0]}
        print(f'{mode:<11} {f1:6.3f} {p:6.3f} {r:6.3f} {share:8.1%} {len(failures):6d}'
              f'  {halves["tune"][0]:8.3f} {halves["holdout"][0]:10.3f}  '
              f'{targets_verdict(measured, HTML_TARGETS if mode == "html" else TEXT_TARGETS)}')
    print(f'per-page output: {args.out}/<mode>/ (XML, predictions.json, scores.tsv)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
