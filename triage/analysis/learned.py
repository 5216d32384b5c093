"""A model a team learns from its own labelled history (agent corrections, resolution reasons).

Two heads, each learned only when the labels allow it (`MIN_PER_CLASS` labels of a class):

* sentiment: one-vs-rest logistic regressions over neg/neu/pos (a class with too few labels is
  left out; neg and one other class are needed; with two classes, one regression) whose neg
  probability is `negative`, pos `positive`;
* complaint: a binary logistic regression whose probability is `complaint`.

A head without enough labels is absent: the model answers that part from the `base` model
(normally the shipped one), or neutral / not a complaint without a base.

Features are stateless, so only weights are stored: word 1–2-grams (the words after a
negation marked, so "not good" and "good" differ; emoji and punctuation kept as tokens) and
character 2–4-grams within words (hashed in NumPy, a whole batch at once), both binary and
hashed, behind a language token so English and Dutch share one model. Each regression weighs them
NB-SVM style (Wang & Manning 2012): every n-gram is scaled by its log-count ratio between the
class and the rest in the training rows (0 for n-grams those rows lack), then each block is
L2-normalised. The ratios fold into the stored weights; the norms need the squared ratios, stored
alongside. On top of a base model, a few dense columns (standardised): the base's negative,
positive and complaint scores; for the shipped model, instead, the lexicon features those scores
are computed from (`tone.lexicon_features`), which carry more and cost one pass over the text
instead of two.

The decision thresholds (`label == "neg"` and `is_complaint`) maximise F1 on out-of-fold
predictions (stratified `FOLDS`-fold cross-validation over the labels, the ratios recomputed in
every fold); `metrics` holds the out-of-fold figures at those thresholds (slightly optimistic,
the threshold being chosen on them) and `base_metrics` the base model's own figures on the same
rows, so the two can be compared per head. Each head is then refitted on all its labels.

`to_bytes()` is a NumPy archive with a format version (no pickle: loading runs no code); the
base model is not stored and `from_bytes(data, base=...)` re-attaches it. Format 1 (l2-normalised
term frequencies, scikit-learn's character hashing, a softmax sentiment head) still loads and
scores as before; training always writes format 2.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import HashingVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.metrics import roc_auc_score  # type: ignore[import-untyped]
from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

from triage.analysis.signals import Example, SentimentLabel, SignalModel, Signals

__all__ = ["FORMAT_VERSION", "MIN_PER_CLASS", "LearnedModel", "train"]

FORMAT_VERSION = 2
READS_FORMATS = (1, 2)
MIN_PER_CLASS = 20  # labels of each class a head needs before it is learned
FOLDS = 5  # cross-validation folds for the thresholds and the metrics
C = 1.0  # inverse regularisation strength of every regression (NB-SVM's usual value)
NB_ALPHA = 1.0  # add-alpha smoothing of the n-gram counts behind the log-count ratios
DENSE_SCALE = 0.3  # standardised dense columns are multiplied by this (regularised like n-grams)
N_FEATURES = 2**18  # per hashed block (words, characters); a power of two
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 4)
NB_SCHEME = "nb-binary"  # format 2: binary n-grams, log-count-ratio scaled per head
TF_SCHEME = "tf-l2"  # format 1: l2-normalised term frequencies (still read)
SENTIMENTS: tuple[SentimentLabel, ...] = ("neg", "neu", "pos")
SCORE_COLUMNS = ("negative", "positive", "complaint")
_MAGIC = b"WCTL"  # Webcare Triage Learned model, then the NumPy archive
_TONE = "triage.analysis.tone"

Floats = npt.NDArray[np.float32]
Lexicon = Callable[[str, str], Sequence[float]]

# --- text to features ---------------------------------------------------------------------------

_URL = re.compile(r"https?://\S+|www\.\S+")
_ELONGATED = re.compile(r"(\w)\1{3,}")  # "soooooo" reads as "sooo"
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")  # words, and each symbol or emoji on its own
_NEGATORS = frozenset(
    (
        *("not", "no", "never", "nothing", "nobody", "none", "nor", "neither", "nowhere"),
        *("without", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt"),
        *("werent", "wont", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint"),
        *("niet", "geen", "nooit", "niets", "niks", "nergens", "niemand", "zonder", "noch"),
    )
)
_SCOPE_ENDS = frozenset((".", ",", "!", "?", ";", ":", "but", "however", "maar", "echter"))
_NEGATION_SCOPE = 4  # words marked after a negator at most


def _clean(text: str) -> str:
    return _ELONGATED.sub(r"\1\1\1", _URL.sub(" httpurl ", text))


def _words(text: str, lang: str) -> str:
    """A language token and the lower-cased tokens, `_neg` on the words a negation governs."""
    out = [f"__{lang or 'und'}__"]
    left = 0
    for token in _TOKEN.findall(_clean(text).lower()):
        if token in _SCOPE_ENDS:
            left = 0
            out.append(token)
        elif token in _NEGATORS or token.endswith(("n't", "n’t")):
            left = _NEGATION_SCOPE
            out.append(token)
        elif left:
            left -= 1
            out.append(token + "_neg")
        else:
            out.append(token)
    return " ".join(out)


_MULTIPLIER = np.uint64(0x100000001B3)  # rolling hash of the characters (FNV-1a's prime)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # then Fibonacci hashing: the top bits pick the column
_SEPARATOR = "\x00"


def _char_grams(texts: Sequence[str], n_features: int, ngrams: tuple[int, int]) -> Any:
    """Binary CSR (one row per text) of the hashed character n-grams within words, a word being
    padded with a space on each side (scikit-learn's "char_wb", without its exception for
    words shorter than n). One pass of NumPy over the whole batch, not a Python string per
    n-gram: several times faster."""
    bits = n_features.bit_length() - 1
    if n_features != 1 << bits or not 0 < bits < 64:
        raise ValueError(f"n_features must be a power of two, not {n_features}")
    lo, hi = ngrams
    docs = []
    for text in texts:
        words = _clean(text).lower().replace(_SEPARATOR, " ").split()
        docs.append(" " + " ".join(words) + " " if words else "")
    joined = _SEPARATOR.join(docs) + _SEPARATOR
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    separator = codes == 0
    row_of = np.cumsum(separator) - separator  # the text each position belongs to
    spaces = np.r_[0, np.cumsum(codes == 32)]
    separators = np.r_[0, np.cumsum(separator)]
    rows, columns = [], []
    shift = np.uint64(64 - bits)
    with np.errstate(over="ignore"):  # the hash is meant to wrap around modulo 2**64
        h = codes
        for n in range(2, hi + 1):
            h = h[:-1] * _MULTIPLIER + codes[n - 1 :]  # the n-gram starting at each position
            if n < lo:
                continue
            start = np.arange(len(h))
            inner_spaces = spaces[start + n - 1] - spaces[start + 1]
            ok = (inner_spaces == 0) & (separators[start + n] == separators[start])
            mixed = ((h[ok] ^ np.uint64(n)) * _MIX) >> shift
            columns.append(mixed.astype(np.int64))
            rows.append(row_of[start[ok]])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    column = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
    matrix = sp.csr_matrix(
        (np.ones(len(row), dtype=np.float32), (row, column)),
        shape=(len(texts), n_features),
        dtype=np.float32,
    )
    matrix.data[:] = 1.0  # binary: repeats were summed
    return matrix


@dataclass(frozen=True)
class _Featurizer:
    """Stateless: the same texts give the same hashed features in every process. `scheme` is
    NB_SCHEME (binary n-grams, the model scales them) or TF_SCHEME (format 1: l2-normalised
    term frequencies, characters hashed by scikit-learn)."""

    n_features: int = N_FEATURES
    word_ngrams: tuple[int, int] = WORD_NGRAMS
    char_ngrams: tuple[int, int] = CHAR_NGRAMS
    scheme: str = NB_SCHEME
    _word: Any = field(init=False, repr=False, compare=False)
    _char: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.scheme not in (NB_SCHEME, TF_SCHEME):
            raise ValueError(f"unknown feature scheme {self.scheme!r}")
        binary = self.scheme == NB_SCHEME
        common: dict[str, Any] = {
            "n_features": self.n_features,
            "alternate_sign": False,
            "norm": None if binary else "l2",
            "binary": binary,
            "dtype": np.float32,
        }
        word = HashingVectorizer(
            analyzer="word",
            token_pattern=r"\S+",
            lowercase=False,  # _words lower-cases
            ngram_range=self.word_ngrams,
            **common,
        )
        char = (
            None
            if binary
            else HashingVectorizer(
                analyzer="char_wb", lowercase=True, ngram_range=self.char_ngrams, **common
            )
        )
        object.__setattr__(self, "_word", word)
        object.__setattr__(self, "_char", char)

    def blocks(self, texts: Sequence[str], langs: Sequence[str]) -> tuple[Any, Any]:
        """The word and the character block: CSR matrices of `n_features` columns each."""
        words = [_words(t, (lang or "").lower()) for t, lang in zip(texts, langs, strict=True)]
        word = self._word.transform(words)
        if self._char is None:
            return word, _char_grams(texts, self.n_features, self.char_ngrams)
        return word, self._char.transform([_clean(t) for t in texts])

    def config(self) -> dict[str, Any]:
        config: dict[str, Any] = {
            "n_features": self.n_features,
            "word_ngrams": list(self.word_ngrams),
            "char_ngrams": list(self.char_ngrams),
        }
        if self.scheme != TF_SCHEME:  # format 1 did not name its scheme
            config["scheme"] = self.scheme
        return config

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> _Featurizer:
        word, char = config["word_ngrams"], config["char_ngrams"]
        return cls(
            n_features=int(config["n_features"]),
            word_ngrams=(int(word[0]), int(word[1])),
            char_ngrams=(int(char[0]), int(char[1])),
            scheme=str(config.get("scheme", TF_SCHEME)),  # format 1 did not name it
        )


# --- dense columns from the base model ----------------------------------------------------------


def _shipped_lexicon(base: SignalModel | None) -> tuple[tuple[str, ...], Lexicon] | None:
    """The shipped model's feature names and function, if `base` is the shipped model. tone.py is
    not imported here: if it is not loaded, `base` cannot be one of its models."""
    tone = sys.modules.get(_TONE)
    if base is None or tone is None or not isinstance(base, tone.ShippedSignals):
        return None
    return tuple(tone.FEATURE_NAMES), tone.lexicon_features


Combiner = Callable[[Sequence[float]], Signals]


def _shipped_combiner(base: SignalModel, lexicon: Lexicon) -> Combiner | None:
    """The shipped model's signals from its lexicon features (already computed for the dense
    columns), so a model that falls back on it for a head does not read every text twice. The
    shipped model itself only: a subclass may combine them otherwise, and is called."""
    tone = sys.modules.get(_TONE)
    if tone is None or type(base) is not tone.ShippedSignals:
        return None
    combine: Combiner = tone.signals_from_features
    return combine


@dataclass(frozen=True)
class _Dense:
    """Dense columns read from the base model: its scores ("scores"), or the shipped model's
    lexicon features ("lexicon"); standardised with the training rows' mean and spread."""

    kind: str
    base_name: str
    names: tuple[str, ...]
    mean: npt.NDArray[np.float64]
    scale: npt.NDArray[np.float64]

    @staticmethod
    def raw(
        kind: str,
        texts: Sequence[str],
        langs: Sequence[str],
        from_base: Sequence[Signals] | None,
        lexicon: Lexicon | None,
    ) -> npt.NDArray[np.float64]:
        if kind == "lexicon" and lexicon is not None:
            rows = [lexicon(t, lang) for t, lang in zip(texts, langs, strict=True)]
        elif kind == "scores" and from_base is not None:
            rows = [[s.negative, s.positive, s.complaint] for s in from_base]
        else:
            raise ValueError(f"the base model for the {kind!r} columns is not attached")
        return np.asarray(rows, dtype=np.float64).reshape(len(texts), -1)

    def columns(self, raw: npt.NDArray[np.float64]) -> Floats:
        return np.asarray((raw - self.mean) / self.scale, dtype=np.float32)

    @classmethod
    def fitted(
        cls, kind: str, base_name: str, names: tuple[str, ...], raw: npt.NDArray[np.float64]
    ) -> _Dense:
        std = raw.std(axis=0)
        scale = np.where(std > 1e-9, std, 1.0) / DENSE_SCALE
        return cls(kind, base_name, names, raw.mean(axis=0), scale)


# --- heads --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Head:
    """Weights over [word block | char block | dense columns], one column per class (a single
    column, the second class's log-odds, for two classes).

    `norms` (format 2): per n-gram column and class, the squared log-count ratio, whose weighted
    sum over a text's n-grams is the squared norm its block is divided by; the weights hold the
    ratios already. With several classes, each column is its own one-vs-rest regression
    (`one_vs_rest`) rather than one softmax (format 1)."""

    classes: tuple[str, ...]
    weights: Floats  # (width, k)
    intercept: Floats  # (k,)
    threshold: float  # on the probability of "neg" or of a complaint ("1")
    norms: Floats | None = None  # (2 * n_features, k), or None: blocks already normalised
    one_vs_rest: bool = False

    def logits(self, word: Any, char: Any, dense: Floats | None, n: int) -> Floats:
        w = self.weights
        if self.norms is None:  # format 1, in its order of operations (the same floats)
            z = word @ w[:n] + char @ w[n : 2 * n]
            if dense is not None:
                z = z + dense @ w[2 * n :]
            return np.asarray(np.asarray(z, dtype=np.float32) + self.intercept, dtype=np.float32)
        z_word = np.asarray(word @ w[:n], dtype=np.float32) / _block_norm(word, self.norms[:n])
        z_char = np.asarray(char @ w[n : 2 * n], dtype=np.float32)
        z = z_word + z_char / _block_norm(char, self.norms[n:]) + self.intercept
        if dense is not None:
            z = z + dense @ w[2 * n :]
        return np.asarray(z, dtype=np.float32)

    def probabilities(self, word: Any, char: Any, dense: Floats | None, n: int) -> Floats:
        """One column per class: rows summing to 1 for two classes and for a softmax; for
        one-vs-rest, each class's own probability."""
        z = self.logits(word, char, dense, n)
        if z.shape[1] == 1:
            p = 1.0 / (1.0 + np.exp(-z))
            return np.asarray(np.hstack([1.0 - p, p]), dtype=np.float32)
        if self.one_vs_rest:
            return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float32)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float32)


def _block_norm(block: Any, squared_ratios: Floats) -> Floats:
    """Per row and class, the L2 norm of the binary n-grams scaled by their ratios (1 where it
    is 0: the row then has no n-gram with a weight either)."""
    squared = np.asarray(block @ squared_ratios, dtype=np.float32)
    return np.asarray(np.sqrt(np.where(squared > 0, squared, 1.0)), dtype=np.float32)


def _unit(values: Floats) -> list[float]:
    return [float(v) for v in np.clip(values, 0.0, 1.0)]


def _as_label(value: str) -> SentimentLabel:
    for label in SENTIMENTS:
        if label == value:
            return label
    raise ValueError(f"not a sentiment label: {value!r}")


# --- the model ----------------------------------------------------------------------------------


class LearnedModel:
    """Implements `SignalModel`. Made by `train()` or `LearnedModel.from_bytes()`."""

    name = "learned"

    def __init__(
        self,
        *,
        sentiment: _Head | None,
        complaint: _Head | None,
        dense: _Dense | None,
        base: SignalModel | None,
        featurizer: _Featurizer,
        trained_at: datetime,
        n_labels: int,
        metrics: dict[str, dict[str, float]],
        base_metrics: dict[str, dict[str, float]],
    ) -> None:
        self._sentiment = sentiment
        self._complaint = complaint
        self._dense = dense
        self._base = base
        self._lexicon = _bind(dense, base)
        missing = sentiment is None or complaint is None
        self._combine = (
            _shipped_combiner(base, self._lexicon)
            if missing and base is not None and self._lexicon is not None
            else None
        )
        self._featurizer = featurizer
        self.trained_at = trained_at
        self.n_labels = n_labels
        # per head ("sentiment": negative vs rest, "complaint"): precision, recall, f1, auc and
        # the threshold, out of fold; base_metrics: the base model's figures on the same rows
        self.metrics = metrics
        self.base_metrics = base_metrics

    @property
    def heads(self) -> tuple[str, ...]:
        """The heads learned, as `metrics` and the combined model name them."""
        pairs = (("sentiment", self._sentiment), ("complaint", self._complaint))
        return tuple(name for name, head in pairs if head is not None)

    @property
    def base(self) -> SignalModel | None:
        return self._base

    @property
    def base_features(self) -> str | None:
        """What the model reads from its base: "scores", "lexicon", or None (nothing)."""
        return self._dense.kind if self._dense is not None else None

    def __repr__(self) -> str:
        base = self._base.name if self._base is not None else None
        return (
            f"LearnedModel(heads={self.heads}, n_labels={self.n_labels}, base={base!r}, "
            f"base_features={self.base_features!r}, trained_at={self.trained_at.isoformat()})"
        )

    # -- scoring --

    def signals(self, text: str, lang: str) -> Signals:
        return self.signals_many([text], [lang])[0]

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        if len(texts) != len(langs):
            raise ValueError(f"{len(texts)} texts but {len(langs)} languages")
        if not texts:
            return []
        need_base = self._sentiment is None or self._complaint is None
        if self._dense is not None and self._dense.kind == "scores":
            need_base = True
        features = None
        if self._lexicon is not None:
            lexicon = self._lexicon
            features = [lexicon(t, lang) for t, lang in zip(texts, langs, strict=True)]
        from_base: list[Signals] | None = None
        if need_base and self._combine is not None and features is not None:
            from_base = [self._combine(f) for f in features]  # the base, without a second pass
        elif need_base and self._base is not None:
            from_base = self._base.signals_many(texts, langs)
        dense = None
        if self._dense is not None:
            if features is not None:
                raw = np.asarray(features, dtype=np.float64).reshape(len(texts), -1)
            else:
                raw = _Dense.raw(self._dense.kind, texts, langs, from_base, None)
            dense = self._dense.columns(raw)
        word, char = self._featurizer.blocks(texts, langs)
        n = self._featurizer.n_features

        sentiment: list[tuple[float, float, SentimentLabel]] | None = None
        if self._sentiment is not None:
            head = self._sentiment
            p = head.probabilities(word, char, dense, n)
            zeros = np.zeros(len(texts), dtype=np.float32)
            by_class = {c: p[:, i] for i, c in enumerate(head.classes)}
            others = [c for c in head.classes if c != "neg"]
            best_other = np.argmax(np.stack([by_class[c] for c in others], axis=1), axis=1)
            negative = _unit(by_class["neg"])
            positive = _unit(by_class.get("pos", zeros))
            sentiment = [
                (neg, pos, "neg" if neg >= head.threshold else _as_label(others[int(other)]))
                for neg, pos, other in zip(negative, positive, best_other, strict=True)
            ]
        complaint: list[tuple[float, bool]] | None = None
        if self._complaint is not None:
            threshold = self._complaint.threshold
            scores = _unit(self._complaint.probabilities(word, char, dense, n)[:, 1])
            complaint = [(c, c >= threshold) for c in scores]

        out: list[Signals] = []
        for i in range(len(texts)):
            fallback = from_base[i] if from_base is not None else None
            if sentiment is not None:
                neg, pos, label = sentiment[i]
            elif fallback is not None:
                neg, pos, label = fallback.negative, fallback.positive, fallback.label
            else:
                neg, pos, label = 0.0, 0.0, "neu"
            if complaint is not None:
                score, is_complaint = complaint[i]
            elif fallback is not None:
                score, is_complaint = fallback.complaint, fallback.is_complaint
            else:
                score, is_complaint = 0.0, False
            out.append(Signals(neg, pos, score, label, is_complaint))
        return out

    # -- storage --

    def to_bytes(self) -> bytes:
        legacy = self._featurizer.scheme == TF_SCHEME  # loaded from format 1: saved as it was
        meta: dict[str, Any] = {
            "format": 1 if legacy else FORMAT_VERSION,
            "trained_at": self.trained_at.isoformat(),
            "n_labels": self.n_labels,
            "metrics": self.metrics,
            "base_metrics": self.base_metrics,
            "features": self._featurizer.config(),
            "dense": None,
            "heads": {},
        }
        arrays: dict[str, Any] = {}
        if self._dense is not None:
            d = self._dense
            meta["dense"] = {"kind": d.kind, "base_name": d.base_name, "names": list(d.names)}
            arrays["dense_mean"], arrays["dense_scale"] = d.mean, d.scale
        for key, head in (("sentiment", self._sentiment), ("complaint", self._complaint)):
            if head is None:
                continue
            meta["heads"][key] = {"classes": list(head.classes), "threshold": head.threshold}
            if not legacy:
                meta["heads"][key] |= {
                    "one_vs_rest": head.one_vs_rest,
                    "nb": head.norms is not None,
                }
            used = np.any(head.weights != 0, axis=1)
            if head.norms is not None:
                used[: len(head.norms)] |= np.any(head.norms != 0, axis=1)
            rows = np.flatnonzero(used).astype(np.int32)
            arrays[f"{key}_rows"] = rows  # hashed features never seen in training weigh 0
            arrays[f"{key}_values"] = head.weights[rows]
            arrays[f"{key}_intercept"] = head.intercept
            if head.norms is not None:
                arrays[f"{key}_norms"] = head.norms[rows[rows < len(head.norms)]]
        arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        return _MAGIC + buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, base: SignalModel | None = None) -> LearnedModel:
        """The model `to_bytes()` wrote, on top of `base`: required when the model reads its
        base (`base_features`), and otherwise what answers the heads the model lacks."""
        if not data.startswith(_MAGIC):
            raise ValueError("not a learned model (unknown header)")
        try:
            with np.load(io.BytesIO(data[len(_MAGIC) :]), allow_pickle=False) as archive:
                arrays = {key: archive[key] for key in archive.files}
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
            raise ValueError(f"not a readable learned model: {exc}") from exc
        version = meta.get("format") if isinstance(meta, dict) else None
        if version not in READS_FORMATS:
            raise ValueError(
                f"learned model format {version!r} is not supported (this version reads formats "
                f"{', '.join(map(str, READS_FORMATS))}): train the model again"
            )
        try:
            return cls._from_archive(meta, arrays, base)
        except (KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"not a readable learned model: {exc!r}") from exc

    @classmethod
    def _from_archive(
        cls, meta: dict[str, Any], arrays: dict[str, Any], base: SignalModel | None
    ) -> LearnedModel:
        featurizer = _Featurizer.from_config(meta["features"])
        if (featurizer.scheme == NB_SCHEME) != (meta["format"] >= 2):
            raise ValueError(f"format {meta['format']} with feature scheme {featurizer.scheme!r}")
        dense = None
        if meta["dense"] is not None:
            d = meta["dense"]
            dense = _Dense(
                kind=str(d["kind"]),
                base_name=str(d["base_name"]),
                names=tuple(str(n) for n in d["names"]),
                mean=arrays["dense_mean"].astype(np.float64),
                scale=arrays["dense_scale"].astype(np.float64),
            )
        width = 2 * featurizer.n_features + (len(dense.names) if dense is not None else 0)
        heads: dict[str, _Head] = {}
        for key, head in meta["heads"].items():
            values = arrays[f"{key}_values"].astype(np.float32)
            rows = arrays[f"{key}_rows"]
            weights = np.zeros((width, values.shape[1]), dtype=np.float32)
            weights[rows] = values
            norms = None
            if head.get("nb", False):
                n_grams = 2 * featurizer.n_features
                norms = np.zeros((n_grams, values.shape[1]), dtype=np.float32)
                norms[rows[rows < n_grams]] = arrays[f"{key}_norms"].astype(np.float32)
            heads[key] = _Head(
                classes=tuple(str(c) for c in head["classes"]),
                weights=weights,
                intercept=arrays[f"{key}_intercept"].astype(np.float32),
                threshold=float(head["threshold"]),
                norms=norms,
                one_vs_rest=bool(head.get("one_vs_rest", False)),
            )
        return cls(
            sentiment=heads.get("sentiment"),
            complaint=heads.get("complaint"),
            dense=dense,
            base=base,
            featurizer=featurizer,
            trained_at=datetime.fromisoformat(meta["trained_at"]),
            n_labels=int(meta["n_labels"]),
            metrics=meta["metrics"],
            base_metrics=meta["base_metrics"],
        )


def _bind(dense: _Dense | None, base: SignalModel | None) -> Lexicon | None:
    """Checks that `base` is the model the dense columns were learned from; the lexicon
    function when they are the shipped model's lexicon features."""
    if dense is None:
        return None
    if base is None:
        raise ValueError(
            f"this learned model reads base model {dense.base_name!r}: pass it as base="
        )
    if base.name != dense.base_name:
        raise ValueError(
            f"this learned model was trained on base model {dense.base_name!r}, not {base.name!r}"
        )
    if dense.kind == "scores":
        return None
    shipped = _shipped_lexicon(base)
    if dense.kind != "lexicon" or shipped is None:
        raise ValueError(f"cannot read {dense.kind!r} features from base model {base.name!r}")
    names, lexicon = shipped
    if names != dense.names:
        raise ValueError("the shipped model's lexicon features changed: train the model again")
    return lexicon


# --- training -----------------------------------------------------------------------------------


def train(
    examples: Sequence[Example],
    base: SignalModel | None = None,
    seed: int = 0,
    *,
    now: datetime | None = None,
) -> LearnedModel:
    """Learns the heads the labels allow, on top of `base`. Deterministic for a given seed;
    `trained_at` is `now` (default: the current time, UTC)."""
    labelled = [e for e in examples if e.sentiment is not None or e.complaint is not None]
    counts = Counter(e.sentiment for e in labelled if e.sentiment is not None)
    classes = [c for c in SENTIMENTS if counts[c] >= MIN_PER_CLASS]
    sentiment_rows = (
        [i for i, e in enumerate(labelled) if e.sentiment in classes]
        if "neg" in classes and len(classes) >= 2
        else []
    )
    complaints = Counter(e.complaint for e in labelled if e.complaint is not None)
    complaint_rows = (
        [i for i, e in enumerate(labelled) if e.complaint is not None]
        if min(complaints[True], complaints[False]) >= MIN_PER_CLASS
        else []
    )
    used = sorted({*sentiment_rows, *complaint_rows})
    position = {row: k for k, row in enumerate(used)}
    texts = [labelled[i].text for i in used]
    langs = [labelled[i].lang for i in used]

    featurizer = _Featurizer()
    from_base = base.signals_many(texts, langs) if base is not None and used else None
    dense = None
    blocks = list(featurizer.blocks(texts, langs)) if used else []
    if base is not None and used:
        shipped = _shipped_lexicon(base)
        kind, names = ("lexicon", shipped[0]) if shipped is not None else ("scores", SCORE_COLUMNS)
        raw = _Dense.raw(kind, texts, langs, from_base, shipped[1] if shipped else None)
        dense = _Dense.fitted(kind, base.name, names, raw)
        blocks.append(sp.csr_matrix(dense.columns(raw)))
    matrix: Any = sp.hstack(blocks, format="csr", dtype=np.float32) if used else None

    metrics: dict[str, dict[str, float]] = {}
    base_metrics: dict[str, dict[str, float]] = {}

    n = featurizer.n_features

    def fit(name: str, rows: list[int], y: list[str], target: str) -> _Head:
        index = np.array([position[row] for row in rows])
        x, truth_all = matrix[index], np.array(y)
        p = _out_of_fold(x, truth_all, target, n, seed)
        truth = truth_all == target
        threshold = _best_threshold(truth, p)
        metrics[name] = {**_report(truth, p >= threshold, p), "threshold": round(threshold, 4)}
        if from_base is not None:
            signals = [from_base[i] for i in index]
            if name == "sentiment":
                decided = [s.label == "neg" for s in signals]
                scores = [s.negative for s in signals]
            else:
                decided = [s.is_complaint for s in signals]
                scores = [s.complaint for s in signals]
            base_metrics[name] = _report(truth, np.array(decided), np.array(scores))
        classes = sorted(set(y))
        # two classes: the second one's log-odds (as a binary regression has); more: one each
        columns = classes[1:] if len(classes) == 2 else classes
        fitted = [_fit_nb(x, truth_all == c, n, seed) for c in columns]
        return _Head(
            classes=tuple(classes),
            weights=np.stack([w for w, _, _ in fitted], axis=1),
            intercept=np.array([b for _, _, b in fitted], dtype=np.float32),
            threshold=threshold,
            norms=np.stack([q for _, q, _ in fitted], axis=1),
            one_vs_rest=len(columns) > 1,
        )

    sentiment = None
    if sentiment_rows:
        labels = [str(labelled[i].sentiment) for i in sentiment_rows]
        sentiment = fit("sentiment", sentiment_rows, labels, "neg")
    complaint = None
    if complaint_rows:
        labels = ["1" if labelled[i].complaint else "0" for i in complaint_rows]
        complaint = fit("complaint", complaint_rows, labels, "1")

    return LearnedModel(
        sentiment=sentiment,
        complaint=complaint,
        dense=dense,
        base=base,
        featurizer=featurizer,
        trained_at=now if now is not None else datetime.now(UTC),
        n_labels=len(labelled),
        metrics=metrics,
        base_metrics=base_metrics,
    )


def _fit_nb(
    x: Any, truth: npt.NDArray[np.bool_], n: int, seed: int
) -> tuple[Floats, Floats, float]:
    """NB-SVM on [word block | char block | dense columns] (binary n-grams): the weights over
    the raw columns (log-count ratios folded in), the squared ratios per n-gram column, and the
    intercept of a logistic regression for `truth`."""
    grams = x[:, : 2 * n]
    positive = np.asarray(grams[truth].sum(axis=0), dtype=np.float64).ravel()
    negative = np.asarray(grams[~truth].sum(axis=0), dtype=np.float64).ravel()
    seen = (positive + negative) > 0
    ratio = np.zeros(2 * n, dtype=np.float32)
    for block in (slice(0, n), slice(n, 2 * n)):  # smoothed over every column of the block
        p, q = positive[block] + NB_ALPHA, negative[block] + NB_ALPHA
        ratio[block] = np.where(seen[block], np.log(p / p.sum()) - np.log(q / q.sum()), 0.0)
    squared = ratio * ratio
    # n-gram columns no row uses weigh 0 anyway (L2): fitting without them is the same fit,
    # several times faster (hashing leaves most of the columns empty)
    active = np.r_[np.flatnonzero(seen), np.arange(2 * n, x.shape[1])]
    scaled = _nb_columns(x, ratio, squared, n)[:, active]
    model = LogisticRegression(C=C, solver="newton-cg", max_iter=200, random_state=seed)
    model.fit(scaled, truth)
    weights = np.zeros(x.shape[1], dtype=np.float32)
    weights[active] = np.asarray(model.coef_[0], dtype=np.float32)
    weights[: 2 * n] *= ratio
    return weights, squared, float(model.intercept_[0])


def _nb_columns(x: Any, ratio: Floats, squared: Floats, n: int) -> Any:
    """[word block | char block | dense] with every n-gram scaled by its ratio and each block
    divided by its norm, as `_Head.logits` computes it from the raw columns."""
    blocks = []
    for lo, hi in ((0, n), (n, 2 * n)):
        block = x[:, lo:hi]
        norm = _block_norm(block, squared[lo:hi, None])[:, 0]
        blocks.append(sp.diags(1.0 / norm) @ block @ sp.diags(ratio[lo:hi]))
    blocks.append(x[:, 2 * n :])
    return sp.hstack(blocks, format="csr", dtype=np.float32)


def _out_of_fold(
    x: Any, y: npt.NDArray[Any], target: str, n: int, seed: int
) -> npt.NDArray[np.float64]:
    """The probability of `target` for every row, from a regression (one-vs-rest, its ratios
    from its own rows) that did not see the row."""
    p = np.zeros(len(y))
    truth = y == target
    for fit_rows, held_out in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(x, y):
        weights, squared, intercept = _fit_nb(x[fit_rows], truth[fit_rows], n, seed)
        head = _Head(
            classes=("rest", target),
            weights=weights[:, None],
            intercept=np.array([intercept], dtype=np.float32),
            threshold=0.5,
            norms=squared[:, None],
        )
        rows = x[held_out]
        dense = rows[:, 2 * n :].toarray() if rows.shape[1] > 2 * n else None
        p[held_out] = head.probabilities(rows[:, :n], rows[:, n : 2 * n], dense, n)[:, 1]
    return p


def _best_threshold(truth: npt.NDArray[np.bool_], p: npt.NDArray[np.float64]) -> float:
    """The threshold (decide "yes" from it on) with the highest F1, placed midway in the gap
    below the lowest score it accepts: when the classes separate cleanly, a threshold right at
    the edge of the positives' scores would reject the next positive that scores a bit lower."""
    order = np.argsort(-p, kind="stable")
    scores, positives = p[order], truth[order]
    ends = np.r_[np.flatnonzero(np.diff(scores) != 0), len(scores) - 1]  # last row of a score
    tp = np.cumsum(positives)[ends]
    accepted = ends + 1
    f1 = 2 * tp / (accepted + positives.sum())  # 2TP / (2TP + FP + FN)
    best = int(np.argmax(f1))
    below = float(scores[ends[best + 1]]) if best + 1 < len(ends) else 0.0
    return (float(scores[ends[best]]) + below) / 2


def _report(
    truth: npt.NDArray[np.bool_], decided: npt.NDArray[np.bool_], score: npt.NDArray[Any]
) -> dict[str, float]:
    tp = float(np.sum(truth & decided))
    precision = tp / float(np.sum(decided)) if np.any(decided) else 0.0
    recall = tp / float(np.sum(truth))  # every head has MIN_PER_CLASS of each class
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "auc": round(float(roc_auc_score(truth, score)), 4),
    }
