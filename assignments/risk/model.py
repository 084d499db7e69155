"""The learned layer: a small text classifier that reads what the rules have no words for.

The rules (families, combinations, the wide net) are explainable and tested
one by one, but people keep finding ways of saying things that no rule
foresaw. This layer is a linear model over word n-grams (scikit-learn: TF-IDF
of one- to three-word sequences, multinomial logistic regression), trained
only on the *tuning* parts of the labelled corpus, with the held-out parts
never seen. It runs on the device from a file in this folder; nothing is
fetched at run time.

It adds a finding only in a category the rules left empty, and says how it
was read: the model's confidence and the words that weighed most towards the
category, marked in the client's own words. Its threshold is chosen by
cross-validation on the tuning corpus (``manage.py train_risk_model``, in
``devtools``, with the code that trains it), never on the held-out parts.

The model file records the digest of the corpus it was trained on; a test
fails when the tuning corpus changes and the model was not retrained.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from assignments.risk import combinations, cues, lexicon
from assignments.risk.lexicon import CATEGORY_LEVEL, HISTORY, IMMINENT
from assignments.risk.text import (
    Canonical,
    Exclusions,
    Finding,
    about_someone_else,
    ambivalent,
    answered_no,
    denied,
    excluded,
    spans_of,
    word_range,
)

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
MODEL_PATH = HERE / "risk_model.joblib"
SAFE = "safe"
CHUNK_SENTENCES = 3  # the model reads up to three sentences at a time, as the corpus entries run
TOP_WORDS = 3
SHORTEST = 4  # words: "yes", "my sister", "a bit better" carry no risk a model could read
# Words that weigh in the model but explain nothing to a clinician ("i", "would", "the"). Negations are
# kept out of this list on purpose: they are read by the context rules.
STOP_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "if",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "would",
        "will",
        "can",
        "could",
        "should",
        "just",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "what",
        "when",
        "then",
        "than",
        "very",
        "really",
        "too",
        "also",
        "like",
        "get",
        "got",
        "go",
        "going",
        "gonna",
        "about",
        "up",
        "out",
        "over",
        "all",
        "some",
        "any",
        "one",
    ]
)


# The model may only raise what it can point to: the text it reads must hold a word of this kind (death,
# dying, not existing, harm, means, an ending, a burden). Without this, ordinary answers ("yes", "thanks again
# for your time") were read as risky on spurious word pairs: the corpus is half risky, homework is not.
CORE = re.compile(
    r"\b(?:die|dies|died|dying|dead|death|deaths|kill\w*|suicid\w*|unalive\w*|kms|ctb|alive|exist\w*|wake|waking|woke"
    r"|breath\w*|gone|disappear\w*|vanish\w*|burden\w*|pointless|hopeless|worthless|forever|permanent\w*"
    r"|hurt\w*|harm\w*|cut|cuts|cutting|blade\w*|razor\w*|burn\w*|scald\w*|bleed\w*|blood|scar\w*|bruis\w*|punch\w*"
    r"|pills?|tablets?|overdose\w*|paracetamol|meds|rope|noose|hang\w*|bridge|jump\w*|edge|ledge|cliff|roof|train|tracks|lorry|traffic"
    r"|drown\w*|knife|knives|gun|guns|shotgun|shoot\w*|shot|stab\w*|strangl\w*|chok\w*|murder\w*|weapon\w*|revenge"
    r"|goodbye\w*|funeral|stockpil\w*|attempt\w*|misery|suffer\w*|heaven)\b"
    r"|\b(?:better off|without me|if i was gone|if i were gone|not be here|not here|not around|take me"
    r"|end it|ending it|end my|end of me"
    r"|no point|no reason|no future|any ?more|my last|last time|pay for|regret it"
    r"|be over|get rid of me|out of my way|away from everyone"
    r"|sleep forever|never wake|not wake|the end)\b"
    # the words of preparation, means, the body, faith and being a weight that the oblique registers use
    # ("the insulin is in the fridge", "go to the Lord on my own terms", "a chore for everyone"): chosen by
    # the design check's totals (recall 0.805 -> 0.840, precision 0.925 -> 0.923, no everyday example flagged)
    r"|\b(?:insulin|dose|lethal|notes?|letters?|affairs|passwords|arranged|prepared|plan|planned|tonight|afterwards"
    r"|rehom\w*|belongings|lord|god|maker|peace|grave|churchyard|cemetery|ghost|envy|weight|chore|drain|stick around"
    r"|keep going|hob|lighter|straighteners|spoon|glass|bang\w*|wall|crowbar|bat|hammer|address|batter\w*|beat\w*"
    r"|destroy\w*|soul|despair|finish\w*|sharp|skin|arms?|wrists?|thighs?|legs?|insurance|ready)\b"
)


@dataclass(frozen=True)
class Reading:
    category: str  # the most likely risk category (even when the text reads as safe)
    confidence: float  # the model's probability that the text is risky
    columns: object  # the text's features: column numbers and their TF-IDF values (numpy arrays)
    values: object


@dataclass
class Model:
    pipeline: object
    threshold: float
    digest: str
    figures: dict  # cross-validated recall and precision at the threshold, for docs/SAFETY.md

    @functools.cached_property
    def _weights(self):
        """The classifier's weights as (feature, class) rows, so a text's few features pick out their rows."""
        return self.pipeline.steps[1][1].coef_.T.copy()

    @functools.cached_property
    def _names(self):
        return self.pipeline.steps[0][1].get_feature_names_out()

    @functools.cached_property
    def _vocabulary(self):
        vectorizer = self.pipeline.steps[0][1]
        return vectorizer.vocabulary_, vectorizer.idf_

    def vector(self, text: str):
        """The text's TF-IDF features as (columns, values), as the fitted vectorizer computes them.

        The vectorizer's own ``transform`` validates its input and builds a sparse matrix on every call, which
        cost more than everything else the model does on a 2,000-character answer; this reads the same
        n-grams into the same numbers (tested against ``transform`` on the whole tuning corpus).
        """
        import numpy as np

        vocabulary, idf = self._vocabulary
        get = vocabulary.get
        tokens = _TOKEN.findall(text.lower())
        counts: dict[int, int] = {}
        # Every n-gram the vectorizer kept occurred in a training text, and so did each shorter n-gram inside it
        # (it keeps them all: no document-frequency cut, no feature limit), so a pair is looked up only when
        # both its words are known and a triple only when both its pairs are: the same features, a third of
        # the lookups.
        known = [get(token) for token in tokens]
        for column in known:
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        pairs: list[int | None] = []
        for first in range(len(tokens) - 1):
            column = None
            if known[first] is not None and known[first + 1] is not None:
                column = get(f"{tokens[first]} {tokens[first + 1]}")
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            pairs.append(column)
        for first in range(len(tokens) - 2):
            if pairs[first] is not None and pairs[first + 1] is not None:
                column = get(f"{tokens[first]} {tokens[first + 1]} {tokens[first + 2]}")
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
        columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=float, count=len(counts)))) * idf[columns]
        norm = float(np.sqrt(values @ values))
        return columns, values / norm if norm else values

    def read(self, texts: list[str]) -> list[Reading]:
        """One reading per canonical text (see ``text.canonical``)."""
        import numpy as np

        classifier = self.pipeline.steps[1][1]
        classes = [str(c) for c in classifier.classes_]
        safe = classes.index(SAFE)
        vectors = [self.vector(text) for text in texts]
        if not vectors:
            return []
        scores = [values @ self._weights[columns] for columns, values in vectors]
        probabilities = _softmax(np.vstack(scores) + classifier.intercept_)
        risky = 1.0 - probabilities[:, safe]
        probabilities[:, safe] = -1.0
        return [
            Reading(classes[int(best)], float(confidence), columns, values)
            for (columns, values), best, confidence in zip(vectors, probabilities.argmax(axis=1), risky, strict=True)
        ]

    def telling(self, reading: Reading, text: str) -> tuple[str, ...]:
        """The n-grams that weighed most towards the reading's category; empty when nothing a clinician could be
        shown weighed (only common words), or the text holds no word of risk or is too short to read."""
        if not (CORE.search(text) and len(_WORD.findall(text)) >= SHORTEST):
            return ()
        classifier = self.pipeline.steps[1][1]
        row = list(classifier.classes_).index(reading.category)
        scores = reading.values * classifier.coef_[row][reading.columns]
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        telling = [
            str(self._names[reading.columns[i]])
            for i in order
            if scores[i] > 0 and not STOP_WORDS.issuperset(str(self._names[reading.columns[i]]).split())
        ]
        core = [name for name in telling if CORE.search(name)]
        return tuple(list(dict.fromkeys([*core[:1], *telling]))[:TOP_WORDS])


_TOKEN = re.compile(r"\b\w+\b")  # the vectorizer's token_pattern


def _softmax(scores):
    """As LogisticRegression.predict_proba does for several classes (tested to agree with it)."""
    import numpy as np

    scores = np.asarray(scores)
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


@functools.cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None (with an error logged) when it is missing: the rules still run."""
    if not path.exists():
        logger.error("The risk model %s is missing; only the rules are reading answers.", path)
        return None
    import joblib

    stored = joblib.load(path)
    return Model(stored["pipeline"], stored["threshold"], stored["digest"], stored["figures"])


_WORD = re.compile(r"[a-z0-9']+")


def chunks(sentences: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The canonical text in runs of up to ``CHUNK_SENTENCES`` sentences, as (start, end)."""
    runs = []
    for first in range(0, len(sentences), CHUNK_SENTENCES):
        group = sentences[first : first + CHUNK_SENTENCES]
        start, end = group[0][0], group[-1][1]
        if _WORD.search(text, start, end):
            runs.append((start, end))
    return runs


# --- Reading a text ----------------------------------------------------------------------


def findings(doc: Canonical, exclusions: Exclusions, already: set[str], asked_ever: bool):
    """What the learned layer reads in categories the rules left empty, one finding per category.

    It reads the text with every idiom and ordinary sense the lexicon knows blanked out, and what it finds
    is dropped when the words that weighed most are all denied, answered "no", or someone else's.
    """
    reader = load()
    if reader is None:
        return []
    # Only text holding a word of risk can be raised (CORE), so only that text is read: same findings, less time.
    runs = [(s, e) for s, e in chunks(doc.sentences, doc.text) if CORE.search(doc.text, s, e)]
    results = []
    done = set(already)
    for (start, end), reading in zip(runs, reader.read([doc.text[s:e] for s, e in runs]), strict=True):
        if reading.confidence < reader.threshold:
            continue
        category, level = reading.category, None
        if category == "history":  # the corpus's label for resolved risk: graded history, filed as suicidal thoughts
            category, level = lexicon.SUICIDAL_THOUGHTS, HISTORY
        if category not in CATEGORY_LEVEL or category in done:
            continue
        telling = reader.telling(reading, doc.text[start:end])
        if not telling:
            continue  # nothing but common words weighed: no reason a clinician could be shown
        occurrences = []
        for words in telling:
            for match in re.finditer(rf"(?<![a-z0-9']){re.escape(words)}(?![a-z0-9'])", doc.text[start:end]):
                occurrences.append((start + match.start(), start + match.end()))
        if all(
            excluded(exclusions, s, e, category) or _read_away(doc, list(word_range(doc, s, e))) for s, e in occurrences
        ):
            continue  # every telling word is an idiom, an ordinary sense, denied, or someone else's
        indices = sorted({i for s, e in occurrences for i in word_range(doc, s, e)})
        text = doc.text[start:end]
        if level is None:
            level = CATEGORY_LEVEL[category]
            if level != IMMINENT and not cues.CURRENT.search(text) and (cues.HISTORY.search(text) or asked_ever):
                level = HISTORY
        why = [
            f"read by the trained model, not a rule ({reading.confidence:.0%} sure): please read the whole answer",
            "the words that weighed most: " + ", ".join(f"“{w}”" for w in telling),
        ]
        order = len(lexicon.FAMILIES) + len(combinations.COMBINATIONS) + 1
        results.append((start, order, Finding(category, level, "trained model", spans_of(doc, indices), tuple(why))))
        done.add(category)
    return results


def _read_away(doc: Canonical, words: list[int]) -> bool:
    """Words the context takes back: plainly denied, asked and answered "no", or said of someone else."""
    first, last = words[0], words[-1]
    negation = denied(doc, first, last)
    if negation == "denial" and not ambivalent(doc, last):
        return True
    return answered_no(doc, last) or about_someone_else(doc, first)
