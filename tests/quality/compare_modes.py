#!/usr/bin/env python3
"""Compare two modes of evaluate.py page by page: "HTML never below text".

Reads OUT/<mode>/scores.tsv written by evaluate.py for two modes (default:
html-text as the baseline, html as the candidate), prints precision, recall
and F1 for all pages and for each fixed half (tune: ids 0-7, holdout: 8-f),
then every page where the candidate's F1 is below the baseline's by more than
--slack.

usage: compare_modes.py [--out build/quality] [--base html-text] [--mode html]
                        [--slack 0.0]
Exit status 1 when some page is below the baseline (usable as a check).
"""
import argparse
import os
import sys

HALVES = {'all': lambda page_id: True,
          'tune': lambda page_id: page_id[0] in '01234567',
          'holdout': lambda page_id: page_id[0] in '89abcdef'}


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def read_scores(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            page, p, r, _ = line.rstrip('\n').split('\t')
            rows[page] = (float(p), float(r))
    return rows


def summary(rows):
    """Same aggregation as score.py: mean precision, mean recall, F1 of the means."""
    out = {}
    for half, wanted in HALVES.items():
        part = [v for k, v in rows.items() if wanted(k)]
        p = sum(v[0] for v in part) / len(part) if part else 0.0
        r = sum(v[1] for v in part) / len(part) if part else 0.0
        out[half] = (f1(p, r), p, r)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument('--out', default=os.path.join(here, '..', '..', 'build', 'quality'))
    parser.add_argument('--base', default='html-text')
    parser.add_argument('--mode', default='html')
    parser.add_argument('--slack', type=float, default=0.0)
    args = parser.parse_args()
    base = read_scores(os.path.join(args.out, args.base, 'scores.tsv'))
    cand = read_scores(os.path.join(args.out, args.mode, 'scores.tsv'))

    print(f'{"mode":<11} {"half":<8} {"F1":>6} {"prec":>6} {"recall":>6}')
    for name, rows in ((args.base, base), (args.mode, cand)):
        for half, (f, p, r) in summary(rows).items():
            print(f'{name:<11} {half:<8} {f:6.3f} {p:6.3f} {r:6.3f}')

    worse = []
    for page in sorted(cand):
        if page not in base:
            continue
        fb, fc = f1(*base[page]), f1(*cand[page])
        if fc < fb - args.slack:
            worse.append((fc - fb, page, base[page], cand[page]))
    worse.sort()
    print(f'\npages where {args.mode} F1 < {args.base} F1 (slack {args.slack}): {len(worse)}')
    for delta, page, (pb, rb), (pc, rc) in worse:
        print(f'{delta:+.3f}  {page[:16]}  {args.base} P {pb:.3f} R {rb:.3f}   '
              f'{args.mode} P {pc:.3f} R {rc:.3f}')
    return 1 if worse else 0


if __name__ == '__main__':
    sys.exit(main())
