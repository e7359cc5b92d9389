"""The timeline sentence model (extraction.timeline_model): numpy reading, loading, and how the extractor uses it."""

from pathlib import Path

import pytest

from evaluation.real_timeline import predict
from extraction import timeline_model
from extraction.document import Document, Line, Page, SourceInfo
from extraction.timeline import extract_timeline
from extraction.timeline_model import TimelineModel, analyze, features, load_model


def test_features_tag_the_words_around_the_date_and_mask_digits():
    sentence = "Jo was sadly taken from us on 4 May 2019 at home."
    start = sentence.index("4 May")
    text = features(sentence, start, start + len("4 May 2019"))
    assert text.startswith("narr ")
    assert "l1_on" in text and "r_at" in text and "l_taken" in text
    assert "0 may 0000" in text and "2019" not in text
    assert "title" in features("Published 4 May 2019", 10, 20)
    assert analyze("a b c") == ["a", "b", "c", "a b", "b c"]


def test_the_shipped_model_loads_and_gives_probabilities():
    model = load_model()
    assert model is not None
    assert "other" in model.classes and "death" in model.classes
    sentence = "Sarah was killed by her partner on 3 May 2019."
    start = sentence.index("3 May")
    probs = model.proba(features(sentence, start, start + 10))
    assert sum(probs.values()) == pytest.approx(1.0)
    assert max(probs, key=probs.get) == "death"


def test_a_missing_or_broken_model_file_means_rules_only(tmp_path: Path):
    assert load_model(tmp_path / "none.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert load_model(broken) is None


def test_round_trip_through_a_dict():
    model = TimelineModel(
        {"died": 0, "other": 1}, [1.0, 2.0], [[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0], ["death", "other"]
    )
    again = TimelineModel.from_dict(model.to_dict())
    assert again.proba("died") == pytest.approx(model.proba("died"))
    assert model.event_at("x died y", 2, 3, threshold=0.5) in (
        None,
        ("death", pytest.approx(model.proba("died")["death"])),
    )


def test_training_reproduces_scikit_learn_with_numpy():
    pytest.importorskip("sklearn")
    from training.timeline import examples, train

    texts, labels = examples()
    assert len(texts) > 150 and "other" in labels
    model = train()  # raises when the numpy reading disagrees with scikit-learn
    assert set(model.classes) == set(labels)


class _Always:
    """A stand-in model that reads every date it is asked about as a publication."""

    def event_at(self, sentence, start, end, threshold=0.5):
        return ("publication", 0.9)


@pytest.fixture
def always_publication(monkeypatch):
    monkeypatch.setattr(timeline_model, "load_model", lambda path=None: _Always())


def test_the_model_reads_by_default_and_only_where_the_rules_are_silent(always_publication):
    sentence = "The overview report was sent round to partners on 3 May 2019."
    assert predict(sentence, learned=False) == {}
    assert predict(sentence) == {"2019-05-03": {"publication"}}
    # a date the rules read keeps the rules' reading
    assert predict("Chloe died on 3 May 2019.") == {"2019-05-03": {"death"}}


def _says(event: str) -> TimelineModel:
    """A one-word model whose every reading is ``event`` (probability near 1)."""
    classes = sorted({event, "other"})
    coef = [[0.0] if c == "other" else [0.0] for c in classes]
    intercept = [10.0 if c == event else 0.0 for c in classes]
    return TimelineModel({"x": 0}, [1.0], coef, intercept, classes)


@pytest.mark.parametrize(
    ("sentence", "reads"),
    [
        ("Mr A used a hammer to attack Ms B at their flat in March 2019.", True),
        # a title line, a field, a listing: the rules' alone
        ("Domestic Homicide Review Ms B (March 2019)", False),
        # no death or violence told
        ("Ms B moved into her own flat in March 2019.", False),
        # a court step told before the date (none by the team's conventions)
        ("Mr A was convicted of striking Ms B at their flat in March 2019.", False),
        # a death cue reads the sentence: the rules judged its dates
        ("Ms B's mother died after a fall in March 2019.", False),
        # another death or review
        ("A review into a different death, in March 2019, also found the police were slow to act.", False),
    ],
)
def test_the_model_adds_a_death_only_to_narrative_sentences_no_cue_reads(sentence: str, reads: bool):
    model = _says("death")
    start = sentence.index("March")
    assert (model.event_at(sentence, start, start + 10) is not None) is reads
    # and only a death: a process stage stays with the rules
    assert _says("publication").event_at(sentence, start, start + 10) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Adult B was convicted of murder on 3 May 2019 at the Crown Court.",
        "Published: 14:32 Thursday 10 May 2018",
        "Since 2011 the Partnership has commissioned nine reviews into deaths.",
        "The sub-group decided that the criteria for a review were not met on 9 June 2020.",
        "Police were called to the address on 6 June 2013 after reports of a death threat.",
    ],
)
def test_the_model_adds_nothing_where_the_rules_see_a_chronology_a_period_or_a_stamp(
    always_publication, sentence
):
    assert "publication" not in {e for events in predict(sentence, learned=True).values() for e in events}


class _AlwaysDeath:
    """A stand-in model that reads every date it is asked about as a death."""

    def event_at(self, sentence, start, end, threshold=0.5):
        return ("death", 0.9)


def _report(*sentences: str) -> Document:
    lines = [Line(text=s, page=2, block=n) for n, s in enumerate(sentences)]
    return Document(
        source=SourceInfo(filename="r.txt", sha256="0" * 64, pages=2, format="text"),
        pages=[Page(number=1, lines=[Line(text="Report", page=1, block=0)]), Page(number=2, lines=lines)],
    )


@pytest.mark.parametrize(
    ("sentences", "death"),
    [
        # one killing told by its attack: the model's reading fills the gap
        (("Mr A used a knife to stab Ms B at their flat in March 2019.",), "2019-03"),
        # a chronology of assaults: no one of them is the death
        (
            (
                "Mr A battered Ms B with a chair at a party in March 2016.",
                "Mr A burned Ms B with an iron in June 2017.",
            ),
            None,
        ),
        # the rules date the death: the model's reading of an assault does not compete
        (
            (
                "Mr A battered Ms B with a chair at a party in March 2016.",
                "Ms B was killed by Mr A on 4 May 2019.",
            ),
            "2019-05-04",
        ),
    ],
)
def test_the_models_death_fills_a_gap_only(monkeypatch, sentences, death):
    monkeypatch.setattr(timeline_model, "load_model", lambda path=None: _AlwaysDeath())
    events = {e.event: e.date for e in extract_timeline(_report(*sentences))}
    assert events.get("death") == death, events


def test_the_replay_counts_pairs_as_the_real_evaluation_does():
    from training.timeline_replay import score

    items = [
        {"sentence": "Ann died on 3 May 2019.", "iso_date": "2019-05-03", "event": "death"},
        {"sentence": "He was jailed on 9 June 2020.", "iso_date": "2020-06-09", "event": "other"},
        {"sentence": "Published March 2021", "iso_date": "2021-03", "event": "publication"},
    ]
    predicted = {
        "Ann died on 3 May 2019.": {"2019-05-03": ["death"]},
        "He was jailed on 9 June 2020.": {"2020-06-09": ["death"]},
    }
    c = score(items, predicted)
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
