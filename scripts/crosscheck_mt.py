#!/usr/bin/env python3
"""Cross-checks `selaras eval mt` against sacrebleu 2.6.0 on freshly generated random inputs.

    python3 scripts/crosscheck_mt.py path/to/selaras [ROUNDS]

Set CROSSCHECK_SEED to repeat a run. Each round writes a random corpus (words from the bundled NusaX English rows, Unicode
punctuation, numbers, empty lines, one or two references) and compares BLEU (four tokenizers,
lower-cased), chrF, chrF++ and TER to 4 decimals, and their signatures. Then one long-line round
compares TER on a few lines of 1,000 to 3,000 words (a perturbed copy of the reference: word
substitutions, deletions and moved blocks, so that shifts and the beam's edges are exercised).
Exits 1 on a difference.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import sacrebleu
from sacrebleu.metrics import BLEU, CHRF, TER

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOISE = ["“", "”", "—", "€", "5,000", "3.14", "(", ")", "…", "!", "?", "&amp;", "don't", "U.S.",
         "e-mail", "1990-2000", "日本", "🙂", "½", "#", "@", "$", "%", ",", "."]


def main():
    binary, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    seed = int(os.environ.get("CROSSCHECK_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    print(f"sacrebleu {sacrebleu.__version__}, seed {seed}")
    words = open(os.path.join(ROOT, "corpora/nusax-mt/train.en"), encoding="utf-8").read().split()
    failures = 0
    for r in range(rounds):
        n = rng.randrange(1, 80)
        def line():
            if rng.random() < 0.05:
                return ""
            return " ".join(rng.choice(words) if rng.random() < 0.85 else rng.choice(NOISE)
                            for _ in range(rng.randrange(1, 40)))
        refs = [[line() for _ in range(n)] for _ in range(rng.choice([1, 2]))]
        hyps = [line() if rng.random() < 0.3 else " ".join(rng.sample(refs[0][i].split(), k=len(refs[0][i].split())))
                for i in range(n)]
        configs = [("bleu", ["--tokenize", tok], BLEU(tokenize=tok)) for tok in ["13a", "intl", "char", "none"]]
        configs += [("bleu", ["--lowercase"], BLEU(lowercase=True)), ("chrf", [], CHRF()),
                    ("chrf++", [], CHRF(word_order=2)), ("ter", [], TER())]
        for metric, flags, reference in configs:
            failures += compare(binary, metric, flags, reference, hyps, refs, f"round {r} {metric} {flags}")
    failures += long_lines(binary, rng, words)
    print(f"{rounds} rounds and a long-line round, {failures} differences")
    sys.exit(1 if failures else 0)


def compare(binary, metric, flags, reference, hyps, refs, label):
    """Runs selaras on the files of `hyps` and `refs`; 1 if it differs from sacrebleu, else 0."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, lines in enumerate([hyps] + refs):
            path = os.path.join(tmp, f"{k}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            paths.append(path)
        args = [binary, "eval", "mt", "--metrics", metric, "--json", *flags, paths[0]]
        for ref in paths[1:]:
            args += ["--ref", ref]
        run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        print(f"{label}: selaras failed ({run.returncode}): {run.stderr[:1500]}")
        return 1
    ours = json.loads(run.stdout)[0]["scores"][0]
    theirs = reference.corpus_score(hyps, refs)
    signature = reference.get_signature().format()
    if abs(ours["score"] - theirs.score) >= 5e-5 or ours["signature"] != signature:
        print(f"{label}: selaras {ours['score']:.4f} {ours['signature']} "
              f"!= sacrebleu {theirs.score:.4f} {signature}")
        return 1
    return 0


def long_lines(binary, rng, words):
    """TER on three long lines, each compared on its own (sacrebleu's TER is quadratic in
    Python, so the lines stay at a few thousand words)."""
    failures = 0
    for k in range(3):
        ref = [rng.choice(words) for _ in range(rng.randrange(1000, 3000))]
        hyp = list(ref)
        for _ in range(rng.randrange(1, 4)):
            length = rng.randrange(1, 9)
            start = rng.randrange(0, len(hyp) - length)
            block = hyp[start:start + length]
            del hyp[start:start + length]
            target = max(0, min(len(hyp), start + rng.choice([-1, 1]) * rng.randrange(2, 48)))
            hyp[target:target] = block
        hyp = [rng.choice(words) if rng.random() < 0.03 else w for w in hyp if rng.random() >= 0.01]
        failures += compare(binary, "ter", [], TER(), [" ".join(hyp)], [[" ".join(ref)]],
                            f"long line {k} ({len(hyp)} against {len(ref)} words) ter")
    return failures


if __name__ == "__main__":
    main()
