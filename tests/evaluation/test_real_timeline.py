"""The real-sentence timeline scorer: pairs, `other` items as false-positive traps, notes, title pages."""

from evaluation.real_timeline import clean_sentence, evaluate_timeline, is_title_like, main, sentence_document


def _item(sentence: str, event: str, iso: str, date_text: str = "") -> dict:
    return {
        "sentence": sentence,
        "event": event,
        "iso_date": iso,
        "date_text": date_text,
        "csp": "X",
        "split": "dev",
    }


def test_event_found_at_its_date_is_a_true_positive():
    result = evaluate_timeline([_item("Adult A died on 21 August 2012 at her home.", "death", "2012-08-21")])
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)
    assert result["per_event"]["death"]["f1"] == 1.0


def test_wrong_date_is_a_miss_and_other_items_trap_false_positives():
    items = [
        _item("Adult A died on 21 August 2012 at her home.", "death", "2012-08-20"),
        # a chronology date labelled `other`: an event predicted there is a false positive
        _item("The report was published on 3 May 2016.", "other", "2016-05-03"),
    ]
    result = evaluate_timeline(items)
    assert result["fn"] == 1 and result["tp"] == 0
    assert result["fp"] == 1 and result["per_event"]["publication"]["fp"] == 1
    assert {e["kind"] for e in result["errors"]} == {"missed", "extra"}


def test_labels_outside_the_taxonomy_count_as_other():
    result = evaluate_timeline(
        [_item("He was sentenced on 3 May 2016 to life imprisonment.", "sentencing", "2016-05-03")]
    )
    assert result["fn"] == 0 and result["tp"] == 0


def test_gatherer_notes_dropped_but_report_brackets_kept():
    assert (
        clean_sentence("Mr A was charged on 3 July 2012. [ambiguous whether ...]")
        == "Mr A was charged on 3 July 2012."
    )
    assert clean_sentence("Case of X June 2014 [Version number 6]").endswith("[Version number 6]")


def test_title_page_text_goes_on_page_one():
    assert is_title_like("REPORT PRODUCED BY A AUTHOR February 2020")
    assert not is_title_like("The panel met on 3 May 2016.")
    assert sentence_document("REPORT PRODUCED BY A AUTHOR February 2020").pages[0].number == 1
    assert sentence_document("The panel met on 3 May 2016.").pages[0].number == 2


def test_cli_runs_on_the_dev_split(capsys):
    assert main(["--split", "dev"]) == 0
    assert "ALL" in capsys.readouterr().out


def test_cli_file_option_keeps_only_matching_batches(capsys, monkeypatch):
    import annotations.real as real

    items = [
        {
            **_item("Adult A died on 21 August 2012 at her home.", "death", "2012-08-21"),
            "file": "gathered/x_g.jsonl",
        },
        {**_item("The panel met on 3 May 2016.", "other", "2016-05-03"), "file": "gathered/x_h.jsonl"},
    ]
    monkeypatch.setattr(real, "load_timeline", lambda split=None: [dict(i) for i in items])
    assert main(["--split", "all", "--file", "x_g", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"items": 1' in out
    assert main(["--split", "all", "--file", "no_such_batch", "--json"]) == 0
    assert '"items": 0' in capsys.readouterr().out
