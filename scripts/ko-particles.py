#!/usr/bin/env python3
"""Attach Korean particles to the Latin word or placeholder before them in src/i18n/ko/*.ts (one style:
"TLS로", "STARTTLS를", "{to}로의"). Keeps the written form (chosen by pronunciation) except OVERRIDE; prints
where a letter-based guess disagrees, for a check by eye. Dry run by default; --apply writes. Run from the repo root."""
import re, sys, glob, collections
PAIRS = [('으로의','로의'),('으로는','로는'),('으로도','로도'),('으로만','로만'),('으로','로'),('과의','와의'),
         ('이라는','라는'),('이라고','라고'),('을','를'),('이','가'),('은','는'),('과','와')]
INVARIANT = ['에서는','에서도','에서','에는','에도','에만','에게','에','의','도','만','까지','부터','보다','처럼','마다',
             '입니다','인지','인데','인','이고','이며','이나','이므로','이지만','이어야','이면']
FORM2PAIR = {}
for a,b in PAIRS:
    FORM2PAIR[a]=(a,b); FORM2PAIR[b]=(a,b)
WORDS = set(FORM2PAIR) | set(INVARIANT)
DIGIT = ['other','rieul','none','other','none','none','other','rieul','rieul','none']
SPELLED = {'L':'rieul','M':'other','N':'other','R':'rieul'}
def final(value):
    m = re.search(r'([가-힣A-Za-z0-9])[^가-힣A-Za-z0-9]*$', value)
    if not m: return 'none'
    ch = m.group(1); code = ord(ch)
    if 0xac00 <= code <= 0xd7a3:
        j = (code-0xac00)%28
        return 'none' if j==0 else 'rieul' if j==8 else 'other'
    if ch.isdigit(): return DIGIT[int(ch)]
    wm = re.search(r'([A-Za-z]+)[^A-Za-z]*$', value); word = wm.group(1) if wm else ch
    if len(word)>1 and word==word.upper(): return SPELLED.get(ch,'none')
    if ch.lower()=='l': return 'rieul'
    return 'other' if re.search(r'[mnk]', ch.lower()) or re.search(r'ng$', word, re.I) else 'none'
def form(basis, p):
    if p not in FORM2PAIR: return p
    a,b = FORM2PAIR[p]; f = final(basis)
    if a.startswith('으로'): return a if f=='other' else b
    return b if f=='none' else a
def basis_of(tok):
    if tok.endswith(')'):
        i = tok.rfind('(')
        before = tok[:i]
        if i>0 and re.search(r'[가-힣]$', before): return before
    return tok
RE = re.compile(r"(\S*[A-Za-z0-9}\)\]\"`]) ([가-힣]+)(?=[^가-힣]|$)")
changes = collections.Counter(); examples = {}; disagree = collections.Counter()
OVERRIDE = {('IPv6','가'):'이', ('ssl.enable','은'):'는', ('관리)','이'):None, ('ms','이어야'):'여야'}
apply = '--apply' in sys.argv
for path in sorted(glob.glob('src/i18n/ko/*.ts')):
    src = open(path).read(); out=[]
    for line in src.split('\n'):
        def rep(m):
            tok, w = m.group(1), m.group(2)
            if w not in WORDS: return m.group(0)
            if tok.endswith('}') and re.search(r'\{\w+\}$', tok):
                new = tok + w  # a placeholder: fill picks the form at run time
            else:
                guess = form(basis_of(tok), w)
                if (tok, w) in OVERRIDE and OVERRIDE[(tok, w)] is None: return m.group(0)  # not a particle here
                new = tok + OVERRIDE.get((tok, w), w)
                if guess != w: disagree[f'{tok} {w} (heuristic: {guess})'] += 1
            key = f'{tok} {w} -> {new}'
            changes[key]+=1; examples.setdefault(key, f'{path}: {line.strip()[:150]}')
            return new
        out.append(RE.sub(rep, line))
    if apply: open(path,'w').write('\n'.join(out))
for k,n in sorted(disagree.items()):
    print(n, k)
print(len(changes), sum(changes.values()), file=sys.stderr)
