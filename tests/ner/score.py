#!/usr/bin/env python3
"""Span-level precision, recall and F1 per entity type (LOC, PER, ORG) of a predicted CoNLL file
against a gold one. Both: first column the token, second the BIO tag, blank lines between
sentences. MISC and the -deriv/-part subtypes count as O; an I-X that does not continue an X
begins a span. Exits 1 when the two files' tokens differ.

usage: score.py GOLD PRED [--json]
"""
import json
import sys

TYPES = ("LOC", "PER", "ORG")


def read(path):
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            cols = line.split("\t")
            current.append((cols[0].strip(), cols[1].strip() if len(cols) > 1 else "O"))
    if current:
        sentences.append(current)
    return sentences


def normalise(tag):
    if tag == "O" or "-" not in tag:
        return "O", None
    prefix, kind = tag.split("-", 1)
    if kind not in TYPES or prefix not in ("B", "I"):
        return "O", None
    return prefix, kind


def spans(tags):
    result, start, kind = set(), None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, k = normalise(tag)
        if start is not None and prefix == "I" and k == kind:
            continue
        if start is not None:
            result.add((start, i, kind))
        start, kind = (i, k) if prefix in ("B", "I") else (None, None)
    return result


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold, pred = read(args[0]), read(args[1])
    if [[t for t, _ in s] for s in gold] != [[t for t, _ in s] for s in pred]:
        print("error: the predicted file's tokens or sentences differ from the gold file's", file=sys.stderr)
        return 1
    counts = {t: [0, 0, 0] for t in TYPES}  # correct, predicted, gold
    for g, p in zip(gold, pred):
        gs, ps = spans(t for _, t in g), spans(t for _, t in p)
        for kind in TYPES:
            gk = {s for s in gs if s[2] == kind}
            pk = {s for s in ps if s[2] == kind}
            counts[kind][0] += len(gk & pk)
            counts[kind][1] += len(pk)
            counts[kind][2] += len(gk)
    rows = {}
    for kind in TYPES:
        c, npred, ngold = counts[kind]
        p = 100.0 * c / npred if npred else 0.0
        r = 100.0 * c / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows[kind] = {"precision": round(p, 1), "recall": round(r, 1), "f1": round(f, 1), "gold": ngold, "predicted": npred, "correct": c}
    if "--json" in sys.argv:
        print(json.dumps(rows))
        return 0
    print(f"{'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for kind in TYPES:
        row = rows[kind]
        print(f"{kind:<5} {row['precision']:>6.1f} {row['recall']:>6.1f} {row['f1']:>6.1f} {row['gold']:>6} {row['predicted']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
