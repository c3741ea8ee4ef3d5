#!/usr/bin/env python3
"""Writes the golden cases of selaras' MT metrics (BLEU, chrF, chrF++, TER), computed by sacrebleu 2.6.0.

    pip install sacrebleu==2.6.0
    python3 scripts/make_mt_golden.py crates/selaras-eval/tests/data/mt

Each case is a folder with hyp.txt, ref1.txt (and ref2.txt for multi-reference cases) and
expected.json: the corpus score and signature of every metric configuration, plus sentence-level
BLEU (effective order), chrF and TER scores.
"""
import json
import os
import random
import sys

import sacrebleu
from sacrebleu.metrics import BLEU, CHRF, TER

assert sacrebleu.__version__ == "2.6.0", sacrebleu.__version__

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTRA = ["“quoted”", "—", "€5,000", "3.14", "1,000,000", "naïve", "café", "Zürich", "(x)", "[y]",
         "…", "!!", "?", "&amp;", "&lt;tag&gt;", "don't", "U.S.", "e-mail", "1990-2000", "「日本」",
         "🙂", "½", "°C", "#hash", "@user", "$", "%", "a.,b", "<skipped>"]

CONFIGS = {
    "bleu": lambda: BLEU(),
    "bleu-intl": lambda: BLEU(tokenize="intl"),
    "bleu-char": lambda: BLEU(tokenize="char"),
    "bleu-none": lambda: BLEU(tokenize="none"),
    "bleu-lc": lambda: BLEU(lowercase=True),
    "bleu-floor": lambda: BLEU(smooth_method="floor"),
    "bleu-add-k": lambda: BLEU(smooth_method="add-k"),
    "bleu-none-smooth": lambda: BLEU(smooth_method="none"),
    "chrf": lambda: CHRF(),
    "chrf++": lambda: CHRF(word_order=2),
    "chrf-lc": lambda: CHRF(lowercase=True),
    "ter": lambda: TER(),
    "ter-cased": lambda: TER(case_sensitive=True),
}


def read(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def perturb(rng, words, line):
    out = []
    for w in line.split():
        r = rng.random()
        if r < 0.1:
            continue
        out.append(rng.choice(words) if r < 0.2 else rng.choice(EXTRA) if r < 0.25 else w)
        if rng.random() < 0.05:
            out.append(rng.choice(EXTRA))
    if rng.random() < 0.1:
        rng.shuffle(out)
    return " ".join(out)


def write_case(folder, name, hyps, refs):
    path = os.path.join(folder, name)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "hyp.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(hyps) + "\n")
    for k, ref in enumerate(refs, 1):
        with open(os.path.join(path, f"ref{k}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(ref) + "\n")
    expected = {}
    for key, make in CONFIGS.items():
        metric = make()
        score = metric.corpus_score(hyps, refs)
        expected[key] = {"score": round(score.score, 6), "signature": metric.get_signature().format()}
    eff = BLEU(effective_order=True)
    chrf = CHRF()
    expected["sentence-bleu"] = [round(eff.sentence_score(h, [r[i] for r in refs]).score, 6) for i, h in enumerate(hyps)]
    expected["sentence-chrf"] = [round(chrf.sentence_score(h, [r[i] for r in refs]).score, 6) for i, h in enumerate(hyps)]
    ter = TER()
    expected["sentence-ter"] = [round(ter.sentence_score(h, [r[i] for r in refs]).score, 6) for i, h in enumerate(hyps)]
    with open(os.path.join(path, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(folder):
    rng = random.Random(2026)
    en = read(os.path.join(ROOT, "corpora/nusax-mt/test.en"))
    en_sent = read(os.path.join(ROOT, "corpora/zelensky-peace-talks/en.sent"))
    words = " ".join(en).split()
    # NusaX reviews, one reference, perturbed hypotheses.
    rows = rng.sample(en, 150)
    write_case(folder, "nusax-1ref", [perturb(rng, words, r) for r in rows], [rows])
    # Two references, empty lines on either side.
    rows = rng.sample(en, 120)
    ref2 = [perturb(rng, words, r) for r in rows]
    hyps = [perturb(rng, words, r) if rng.random() > 0.08 else "" for r in rows]
    rows = [r if rng.random() > 0.05 else "" for r in rows]
    write_case(folder, "nusax-2ref-empty-lines", hyps, [rows, ref2])
    # The article's English sentences, with punctuation-heavy noise and a very long line.
    hyps = [perturb(rng, EXTRA + words, s) for s in en_sent]
    hyps[0] = " ".join(words[:400])
    write_case(folder, "article-long-line", hyps, [en_sent])
    # Unicode punctuation, numbers, symbols.
    lines = ["Harga naik 2,5% menjadi Rp1.250.000 — “mahal” kata warga…",
             "The index rose 3.5% (to 1,234.56) on Friday; analysts said: «fine».",
             "Zürich café: naïve résumé ½ price!!!", "e-mail me @ user@example.com #now",
             "1990-2000: U.S. & U.K. &amp; EU &lt;ok&gt;", "「日本」の 🙂 test", "", "a.,b c.d 5-6 x-y"]
    hyps = [perturb(rng, EXTRA, l) for l in lines]
    write_case(folder, "unicode-numbers", hyps, [lines])
    # Identical and disjoint corpora.
    write_case(folder, "identical", en_sent[:10], [en_sent[:10]])
    write_case(folder, "disjoint", ["zzz yyy xxx"] * 5, [en_sent[:5]])


if __name__ == "__main__":
    main(sys.argv[1])
