#!/usr/bin/env python3
"""Writes data/verb_forms.tsv from Princeton WordNet 3.0 (Debian package wordnet-base).

usage: python3 scripts/gen_verb_forms.py [/usr/share/wordnet] > data/verb_forms.tsv

Every inflected form of every one-word WordNet verb that occurs in WordNet's tagged
corpus (tagged sense count above zero: 4,800 of 11,500 verbs, the ones news uses; rare
verbs such as "absquatulate" would only slow loading), with its lemma, which forms it is
(b base, s third person singular, d past, n past participle, g -ing) and whether the
form is mostly a verb ("v") or just as often a noun or adjective ("vn", from WordNet's
tagged-sense counts: "states", "concerned"). Regular forms come from English spelling
rules; irregular ones, doubled consonants included ("admitted"), from verb.exc.
The attribution engine uses it to tell verbs from nouns and to inflect its cues.
"""
import collections
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"


def index(pos):
    """lemma -> tagged sense count, for one-word lemmas."""
    out = {}
    for line in open(f"{WN}/index.{pos}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, p_cnt = f[0], int(f[3])
        tagged = int(f[5 + p_cnt])
        if "_" not in lemma and lemma.isalpha() or "-" in lemma and "_" not in lemma:
            out[lemma] = tagged
    return out


def exceptions(pos):
    ex = collections.defaultdict(set)  # lemma -> forms
    for line in open(f"{WN}/{pos}.exc", encoding="latin-1"):
        f = line.split()
        if len(f) >= 2 and "_" not in f[0]:
            for lemma in f[1:]:
                ex[lemma].add(f[0])
    return ex


VOWELS = set("aeiou")
# Verbs whose past and participle are the base form, which verb.exc does not list.
UNCHANGED_PAST = set("""bet bid broadcast burst cast cost cut forecast hit hurt let put quit read rid set shed
shut slit split spread thrust upset wed wet offset outbid overcast podcast recast reset retrofit telecast
typeset undercut webcast beat""".split())


# The forms of be, have and do that verb.exc lists with the pasts: their real kinds.
AUXILIARY_KINDS = {"am": "b", "are": "b", "is": "s", "was": "d", "were": "d", "been": "n", "has": "s", "had": "dn",
                   "did": "d", "done": "n"}


def third(v):
    if v.endswith(("s", "x", "z", "ch", "sh")) or v.endswith("o") and not v.endswith("oo"):
        return v + "es"
    if v.endswith("y") and len(v) > 1 and v[-2] not in VOWELS:
        return v[:-1] + "ies"
    return v + "s"


def past(v):
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and len(v) > 1 and v[-2] not in VOWELS:
        return v[:-1] + "ied"
    return v + "ed"


def gerund(v):
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return v[:-1] + "ing"
    return v + "ing"


def noun_lemmas(form, nouns, noun_exc):
    """The noun lemmas a form may be (itself, or a plural)."""
    out = set()
    if form in nouns:
        out.add(form)
    for lemma, forms in noun_exc.items():
        if form in forms:
            out.add(lemma)
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if form.endswith(suffix) and form[: -len(suffix)] + repl in nouns:
            out.add(form[: -len(suffix)] + repl)
    return out


def main():
    verbs, nouns, adjs = index("verb"), index("noun"), index("adj")
    verb_exc, noun_exc = exceptions("verb"), exceptions("noun")
    rows = {}  # form -> {lemma: set(kinds)}
    for v in verbs:
        if verbs[v] == 0:
            continue
        forms = {"b": {v}, "s": {third(v)}, "d": {past(v)}, "n": {past(v)}, "g": {gerund(v)}}
        irregular = verb_exc.get(v, set())
        ing = {f for f in irregular if f.endswith("ing")}
        other = irregular - ing
        # verb.exc lists past and participle forms together ("said", "gone", "shown") and
        # the doubled ones ("admitted"), without saying which replace the regular forms
        # ("said", not "sayed") and which stand beside them ("showed" and "shown"). Both
        # are kept: a regular form that is no English word ("sayed") never occurs in text.
        forms["g"] |= ing
        forms["d"] |= other
        forms["n"] |= other
        if v in UNCHANGED_PAST:
            forms["d"].add(v)
            forms["n"].add(v)
        for form, kinds in AUXILIARY_KINDS.items():
            if form in other:
                for k in "dn":
                    if k not in kinds:
                        forms[k].discard(form)
                for k in kinds:
                    forms[k].add(form)
        for kind, fs in forms.items():
            for f in fs:
                rows.setdefault(f, {}).setdefault(v, set()).add(kind)
    out = []
    for form in sorted(rows, key=lambda s: s.encode()):
        for lemma in sorted(rows[form]):
            kinds = "".join(k for k in "bsdng" if k in rows[form][lemma])
            vcount = verbs.get(lemma, 0)
            other = sum(nouns.get(n, 0) for n in noun_lemmas(form, nouns, noun_exc)) + adjs.get(form, 0)
            has_other = form in adjs or bool(noun_lemmas(form, nouns, noun_exc))
            mostly_verb = not has_other or vcount >= 2 * other + 1
            out.append(f"{form}\t{lemma}\t{kinds}\t{'v' if mostly_verb else 'vn'}")
    print("# verb_forms.tsv: inflected forms of English verbs, generated by scripts/gen_verb_forms.py")
    print("# from Princeton WordNet 3.0 (index.verb, index.noun, index.adj, verb.exc, noun.exc; Debian")
    print("# package wordnet-base). WordNet 3.0 Copyright 2006 by Princeton University, WordNet 3.0")
    print("# licence (permission to use, copy, modify and distribute for any purpose without fee,")
    print("# with this notice): https://wordnet.princeton.edu/license-and-commercial-use")
    print("# columns: form<TAB>lemma<TAB>kinds<TAB>pos")
    print("# kinds: b base, s 3rd person singular, d past, n past participle, g -ing (one or more).")
    print("# pos: v (mostly a verb) or vn (as often a noun or adjective, by WordNet's tagged senses).")
    print("# Data lines sorted bytewise (LC_ALL=C) on form, then lemma.")
    print("\n".join(out))


main()
