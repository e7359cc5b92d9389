"""The timeline conventions settled in issue 13, round two (annotations/real/README.md, "Timeline labels:
conventions"), each checked on fresh own-words sentences and their near misses (none from a labelled set):

- a dated fatal attack whose death the sentence tells only relative to it is the death; a death with a date of its
  own leaves the attack's date `other`, as does an act that is no attack (an overdose);
- a call-out whose sentence tells the death found or confirmed there, with no date of its own, shares its date; a
  death told with a day of its own ("but he died in the early hours of May 10") does not;
- a relative killed by her own partner or family is the death; by "a former partner", `other`;
- a killing under an undated sentence or plea ("received a life sentence for the murder in 2016", "after
  admitting the murder in May 2019") is `other`; a body found is no charge ("denies the murder of the woman
  found dead ... on DATE" dates the death).
"""

import pytest

from evaluation.real_timeline import predict

CASES = [
    ("Kerry was assaulted at her flat on 2 March 2019 and died a week later.", {"2019-03-02": "death"}),
    (
        "Kerry was assaulted at her flat on 2 March 2019 and died a week later, on 9 March 2019.",
        {"2019-03-02": "other", "2019-03-09": "death"},
    ),
    ("Paul took an overdose on 2 March 2019 and died a week later.", {"2019-03-02": "other"}),
    ("Mrs E died three days after she was beaten by her son on 14 July 2017.", {"2017-07-14": "death"}),
    (
        "Officers were called at 02.10 on 4 April 2017, and paramedics confirmed that Ms L had died.",
        {"2017-04-04": "death"},
    ),
    (
        "His daughter dialled 999 at 8pm on 9 May 2016 but he died in the early hours of May 10.",
        {"2016-05-09": "other"},
    ),
    ("Her aunt was murdered by her husband at their home in 2012.", {"2012": "death"}),
    ("Her aunt was murdered by a former partner in 2012, which frightened the family.", {"2012": "other"}),
    ("He received a life sentence for the murder in 2016.", {"2016": "other"}),
    ("He is serving life after admitting the murder in May 2019.", {"2019-05": "other"}),
    ("He denies the murder of the woman found dead at her home on 3 May 2020.", {"2020-05-03": "death"}),
]


@pytest.mark.parametrize(("sentence", "labels"), CASES, ids=[c[0][:50] for c in CASES])
def test_settled_convention(sentence: str, labels: dict[str, str]) -> None:
    predicted = predict(sentence)
    for date, event in labels.items():
        expected = set() if event == "other" else {event}
        assert predicted.get(date, set()) == expected, (date, dict(predicted))
