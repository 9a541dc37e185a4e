#!/usr/bin/env python3
"""Draws random news sentences from ../shared/data/ant-2018 for the blind attribution set (issue #8).

Usage: python3 docs/eval/sample-real-sentences.py [SEED] [N_CUE] [N_PLAIN] [EXCLUDED ...]  (defaults: 20181 48 16)

EXCLUDED is an earlier draw whose articles are not drawn again: SEED (drawn with 48 16) or SEED:N_CUE:N_PLAIN (drawn
with those sizes, after the draws named before it on the command line were excluded).

attribution-real.tsv holds the draw of seed 20181 (48 + 16); attribution-holdout.tsv the draw of seed 20183 (30 + 10)
with the articles of seed 20181's draw excluded (arguments: 20183 30 10 20181), made after real-test was first
measured, to measure the fixes that measurement led to on sentences never seen. attribution-blind2.tsv holds the draw
of seed 20187 (30 + 12) with both earlier draws excluded (arguments: 20187 30 12 20181 20183:30:10), all split
real-blind2, made after real-test and real-holdout had both been used for error analysis. The draw of seed 20189
(40 + 0, arguments: 20189 40 0 20181 20183:30:10 20187:30:12) was read, unannotated, for error analysis only.
attribution-blind3.tsv holds the draw of seed 20191 (45 + 15, arguments: 20191 45 15 20181 20183:30:10 20187:30:12
20189:40:0), split real-blind3, annotated by hand before the analyser ran on it, after all earlier splits had been used
for error analysis; measured once before the fifth round's changes (the blind baseline) and once after them.

With --cont N (first used for attribution-blind4.tsv), N continuation items follow, drawn with random.Random(SEED + 1)
from articles not drawn before: a sentence of 40-400 characters that opens with a continuation verb (وأضاف، وتابعت،
وأوضح، وأردف ...), given with its context: the sentences before it on its line, or, when it opens its line, the
previous line (the item's two input lines are joined by the two characters \\n); at most 900 characters.

attribution-blind4.tsv holds the draw of seed 20193 (40 + 12, --cont 8, arguments: 20193 40 12 20181 20183:30:10
20187:30:12 20189:40:0 20191:45:15 --cont 8), split real-blind4. An EXCLUDED draw made with --cont is written
SEED:N_CUE:N_PLAIN:N_CONT (its continuation items' articles are excluded too).

attribution-blind5.tsv holds the draw of seed 20195 (40 + 12, --cont 8, arguments: 20195 40 12 20181 20183:30:10
20187:30:12 20189:40:0 20191:45:15 20193:40:12:8 30001:0:0:30 30003:40:0 --cont 8), split real-blind5: every earlier
split's articles excluded, and those of the two unannotated samples read during the sixth round (30001 with --cont 30,
30003 with 40 + 0).

Every line of every article's text is cut into sentences after . ! ؟ followed by a space; sentences of 40-400
characters are kept. A sentence "has a cue" when it holds a quotation mark (" « » “ ”) or a word of the reporting
list below (a reporting verb in a common form, or an attribution such as بحسب / وفقا / نقلا). N_CUE sentences are
drawn from those with a cue and N_PLAIN from the rest, at most one sentence per article, with random.Random(SEED).
The drawn sentences are printed as TSV: index, split, article id, sentence. Items alternate real-dev / real-test
in drawing order (within each group), so both halves hold cue and plain sentences.
"""
import gzip, json, random, re, sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 20181
n_cue = int(sys.argv[2]) if len(sys.argv) > 2 else 48
n_plain = int(sys.argv[3]) if len(sys.argv) > 3 else 16
args = sys.argv[4:]
n_cont = 0
if "--cont" in args:  # --cont N: also draw N continuation items (see the module's docstring)
    i = args.index("--cont")
    n_cont = int(args[i + 1])
    args = args[:i] + args[i + 2:]
excluded_seeds = args

CUE_WORDS = re.compile(
    r"(^|[\s(«\"])(و|ف)?(قال|قالت|يقول|تقول|قالوا|أكد|أكدت|يؤكد|تؤكد|أوضح|أوضحت|أشار|أشارت|لفت|لفتت|ذكر|ذكرت|"
    r"أفاد|أفادت|نقل|نقلت|كشف|كشفت|أعلن|أعلنت|يعلن|نفى|نفت|ينفي|حذر|حذرت|اعتبر|اعتبرت|رأى|رأت|أضاف|أضافت|"
    r"تابع|تابعت|صرح|صرحت|أردف|زعم|زعمت|بحسب|وفقا|وفقاً|نقلا|نقلاً|حسب|مؤكدا|مؤكدة|مضيفا|مضيفة|مشيرا|مشيرة|"
    r"ذُكر|أفيد|يذكر)(?=$|[\s،,.:])")
QUOTES = re.compile("[\"«»“”]")
SPLIT = re.compile(r"(?<=[.!؟])\s+")

CONT_START = re.compile(r"^(و|ف)?(أضاف|أضافت|أضافوا|تابع|تابعت|تابعوا|أردف|أردفت|أوضح|أوضحت|أوضحوا|استطرد|استطردت|"
                        r"مضى|مضت|ختم|ختمت|اختتم|اختتمت)(?=[\s،,:])")
cue, plain, cont = [], [], []
with gzip.open("../shared/data/ant-2018/ant-2018.jsonl.gz", "rt", encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        c, p = [], []
        for text_line in (a.get("text") or "").split("\n"):
            for s in SPLIT.split(text_line.strip()):
                s = s.strip()
                if 40 <= len(s) <= 400:
                    (c if (QUOTES.search(s) or CUE_WORDS.search(s)) else p).append(s)
        lines = [l.strip() for l in (a.get("text") or "").split("\n") if l.strip()]
        k = []
        for li, text_line in enumerate(lines):
            sents = [x.strip() for x in SPLIT.split(text_line)]
            for si, s in enumerate(sents):
                if CONT_START.search(s) and 40 <= len(s) <= 400:
                    ctx = sents[:si + 1] if si > 0 else [lines[li - 1], s] if li > 0 else None
                    if ctx and sum(len(x) for x in ctx) <= 900:
                        k.append(" ".join(ctx) if si > 0 else ctx[0] + "\\n" + ctx[1])
        if k:
            cont.append((a["id"], k))
        if c:
            cue.append((a["id"], c))
        if p:
            plain.append((a["id"], p))


def draw(seed, n_cue, n_plain, excluded):
    rng = random.Random(seed)
    out = []
    for group, n in ((cue, n_cue), (plain, n_plain)):
        used = set(excluded)
        picked = 0
        for article_id, sentences in rng.sample(group, n * 3):
            if picked == n or article_id in used:
                continue
            used.add(article_id)
            out.append((("real-dev", "real-test")[picked % 2], article_id, rng.choice(sentences)))
            picked += 1
    return out


def draw_cont(seed, n_cont, used):
    rng = random.Random(seed + 1)
    used = set(used)
    out = []
    for article_id, items in rng.sample(cont, n_cont * 3):
        if len(out) == n_cont or article_id in used:
            continue
        used.add(article_id)
        out.append(("real-blind", article_id, rng.choice(items)))
    return out


excluded = set()
for spec in excluded_seeds:  # an earlier draw: its articles are not drawn again
    parts = [int(x) for x in spec.split(":")]
    s, nc, np_ = (parts + [48, 16])[:3] if len(parts) == 1 else parts[:3]
    earlier = draw(s, nc, np_, set(excluded))
    excluded.update(a for _, a, _ in earlier)
    if len(parts) == 4:  # SEED:N_CUE:N_PLAIN:N_CONT, a draw made with --cont N_CONT
        excluded.update(a for _, a, _ in draw_cont(s, parts[3], excluded))
out = draw(seed, n_cue, n_plain, excluded)
if n_cont:
    out += draw_cont(seed, n_cont, excluded | {a for _, a, _ in out})
for i, (split, article_id, s) in enumerate(out, 1):
    print(f"{i}\t{split}\t{article_id}\t{s}")
