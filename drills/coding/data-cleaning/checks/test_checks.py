"""Checks kept inside the extension: they run beside the visible tests and explain common mistakes."""
from pathlib import Path

import pandas as pd
import pytest

from solution import clean_customers, summarize, top_correlations

SHIPPED = Path(__file__).resolve().parent.parent / "starter" / "customers.csv"


def raw():
    local = Path("customers.csv")
    return pd.read_csv(local if local.exists() else SHIPPED)


@pytest.fixture(scope="module")
def clean():
    table = clean_customers(raw())
    assert "customer_id" in table.columns, "keep customer_id as a column of the cleaned table"
    return table.set_index("customer_id")


def test_near_duplicates_are_removed(clean):
    emails = clean["email"].astype(str).str.strip().str.lower()
    repeated = sorted(emails[emails.duplicated()].unique())
    assert not repeated, f"customers that differ only in case or spaces are still duplicated: {repeated}"
    assert sorted(clean.index) == [1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 14], "keep the first row of each customer in file order"


def test_text_is_normalised(clean):
    assert clean.loc[2, "email"] == "bob.jones@example.com", "emails are stripped and lower-cased"
    assert clean.loc[2, "name"] == "Bob Jones", "names are stripped and written in title case"
    assert clean.loc[6, "name"] == "Erin Green", "names are stripped and written in title case"
    assert clean.loc[10, "city"] == "London", "cities are written in title case"
    assert clean.loc[3, "city"] == "Unknown", 'a missing city becomes "Unknown"'


def test_numbers_stored_as_text_are_parsed(clean):
    assert clean.loc[1, "income"] == pytest.approx(52000.0), 'income "52,000" must become 52000.0'
    assert clean.loc[10, "income"] == pytest.approx(73500.0)
    assert clean.loc[6, "income"] == pytest.approx(45000.0), 'income " 45000 " must become 45000.0'


def test_impossible_ages_become_missing_then_median(clean):
    ages = clean["age"]
    assert ages.between(0, 120).all(), f"impossible ages are still there: {sorted(ages[~ages.between(0, 120)].tolist())}"
    # Valid ages after dropping duplicates: 34, 41, 29, 52, 38, 45, 27, 60, so the median is 39.5.
    for customer in (3, 5, 9):
        assert clean.loc[customer, "age"] == pytest.approx(39.5), (
            f"customer {customer}: missing and impossible ages take the median of the valid ages after removing duplicates (39.5), "
            f"got {clean.loc[customer, 'age']}"
        )


def test_other_columns_take_their_median_after_deduplication(clean):
    expected = {(8, "income"): 55000.0, (6, "spend"): 1090.25, (9, "visits"): 10.0}
    for (customer, column), value in expected.items():
        assert clean.loc[customer, column] == pytest.approx(value), (
            f"customer {customer}: missing {column} is the median of the column after steps 1 to 4 ({value}), got {clean.loc[customer, column]}"
        )


def test_summary_values(clean):
    summary = summarize(clean.reset_index())
    assert summary.loc["age", "std"] != pytest.approx(9.039857, rel=1e-5), "std must be the sample standard deviation (ddof=1), not the population one"
    assert summary.loc["age", "std"] == pytest.approx(9.481082, rel=1e-6)
    assert summary.loc["income", "median"] == pytest.approx(55000.0)
    assert summary.loc["spend", "mean"] == pytest.approx(1144.704545, rel=1e-6)
    assert summary.loc["visits", "count"] == 11
    assert summary.loc["visits", "min"] == pytest.approx(3.0) and summary.loc["visits", "max"] == pytest.approx(22.0)


def test_top_correlations(clean):
    pairs = top_correlations(clean.reset_index(), k=3)
    got = [(tuple(sorted((a, b))), r) for a, b, r in pairs]
    expected = [(("spend", "visits"), 0.964334), (("income", "visits"), 0.901605), (("income", "spend"), 0.870314)]
    assert [pair for pair, _ in got] == [pair for pair, _ in expected], f"the three strongest pairs, strongest first, are {[p for p, _ in expected]}; got {[p for p, _ in got]}"
    for (pair, r), (_, want) in zip(got, expected):
        assert r == pytest.approx(want, rel=1e-5), f"correlation of {pair}"
    assert len(top_correlations(clean.reset_index(), k=6)) == 6, "there are six pairs of four columns, each listed once"


def test_input_is_not_modified():
    table = raw()
    before = table.copy()
    clean_customers(table)
    pd.testing.assert_frame_equal(table, before, obj="the raw table (clean_customers must work on a copy)")
