# The peer of `npm run bench:norms`: scikit-learn's CountVectorizer over the same texts with the
# same token rule as Concord (src/norms/reading.ts, tokens.ts): the same reading of the text
# (invisible characters, soft hyphens, mis-decoded punctuation, NFKC, lowercase) as the
# preprocessor, and words = runs of Unicode letters and numbers (Python's `[^\W_]`: str.isalnum)
# as the token pattern.
# Reads a JSON array of texts; prints one JSON line with the time of fit_transform and the counts.
import json
import re
import sys
import time
import unicodedata

from sklearn.feature_extraction.text import CountVectorizer


# a word character: Unicode letter or number (str.isalnum), as the class `[^\W_]`
WORD = '^\\W_'
CP1252 = {0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
          0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
          0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
          0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F}
CONT = ''.join(re.escape(chr(c)) for c in list(range(0x80, 0xC0)) + list(CP1252))
MOJIBAKE = re.compile('\u00e2\u20ac([' + CONT + '])')
SOFT_BEFORE_LINE_END = re.compile('\u00ad(?=[ \t]*[\n\r\u2028\u2029\u0085])')
OPEN_QUOTE = re.compile('(?<![' + WORD + '])\u00ec(?=[' + WORD + '])')
CLOSE_QUOTE = re.compile('(?<=[' + WORD + '])\u00ee(?![' + WORD + '])')
ZERO = str.maketrans({'\ufeff': None, '\u200c': None, '\u200d': None, '\u2060': None, '\u200b': ' ', '\u00ad': None,
                      '\u2028': '\n', '\u2029': '\n', '\u0085': '\n'})


def byte_of(ch):
    c = ord(ch)
    return c if c < 0x100 else CP1252[c]


def read(text):
    # each rewrite runs only where its character occurs, as in Concord (which reads non-ASCII stretches only)
    if text.isascii():
        return text.lower()
    if '\u00e2\u20ac' in text:
        text = MOJIBAKE.sub(lambda m: chr(0x2000 | (byte_of(m.group(1)) & 0x3F)), text)
    if '\u00ec' in text:
        text = OPEN_QUOTE.sub('\u201c', text)
    if '\u00ee' in text:
        text = CLOSE_QUOTE.sub('\u201d', text)
    if '\u00ad' in text:
        text = SOFT_BEFORE_LINE_END.sub('-', text)
    return unicodedata.normalize('NFKC', text.translate(ZERO)).lower()


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        texts = json.load(f)
    vectorizer = CountVectorizer(preprocessor=read, lowercase=False, token_pattern=r'(?u)[^\W_]+')
    started = time.perf_counter()
    matrix = vectorizer.fit_transform(texts)
    seconds = time.perf_counter() - started
    print(json.dumps({'seconds': seconds, 'vocabulary': len(vectorizer.vocabulary_), 'tokens': int(matrix.sum()), 'entries': int(matrix.nnz)}))


main()
