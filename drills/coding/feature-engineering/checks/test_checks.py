"""Checks kept inside the extension: they run beside the visible tests and explain common mistakes."""
from pathlib import Path

import pandas as pd
import pytest

from solution import user_features

DATA = Path(__file__).resolve().parent.parent / "starter" / "transactions.csv"


def load():
    # The attempt folder has its own copy of the data; fall back to the shipped one.
    local = Path("transactions.csv")
    return pd.read_csv(local if local.exists() else DATA)


@pytest.fixture(scope="module")
def features():
    return user_features(load()).set_index("user_id")


def test_sample_standard_deviation(features):
    # u1 amounts 12.5, 7.25, 40, 15.75: sample std (ddof=1) is 14.5122...; population std is 12.5679...
    std = features.loc["u1", "std_amount"]
    assert std != pytest.approx(12.567940, abs=1e-4), "std_amount uses the population standard deviation (ddof=0); the statement asks for the sample one (ddof=1)"
    assert std == pytest.approx(14.512208, abs=1e-4)


def test_days_active_counts_distinct_days(features):
    assert features.loc["u3", "days_active"] != 3, "days_active counts transactions; it must count distinct days (u3 paid three times on one day)"
    assert features.loc["u3", "days_active"] == 1
    assert features.loc["u4", "days_active"] == 4
    assert features.loc["u1", "days_active"] == 3


def test_no_missing_values(features):
    missing = features.columns[features.isna().any()].tolist()
    assert not missing, f"these columns have missing values: {missing} (a user with one transaction needs std_amount 0.0, not NaN)"


def test_every_column_for_every_user(features):
    expected = pd.DataFrame(
        {
            "n_transactions": [4, 1, 3, 5, 1],
            "total_amount": [75.5, 99.99, 16.5, 135.0, 3.2],
            "mean_amount": [18.875, 99.99, 5.5, 27.0, 3.2],
            "max_amount": [40.0, 99.99, 6.5, 60.0, 3.2],
            "n_categories": [3, 1, 1, 3, 1],
            "days_active": [3, 1, 1, 4, 1],
        },
        index=pd.Index(["u1", "u2", "u3", "u4", "u5"], name="user_id"),
    )
    got = features.loc[expected.index, expected.columns].astype(float)
    pd.testing.assert_frame_equal(got, expected.astype(float), check_exact=False, atol=1e-6, check_names=False)


def test_input_is_not_modified():
    table = load()
    before = table.copy()
    user_features(table)
    pd.testing.assert_frame_equal(table, before, obj="the input transactions (user_features must not modify them)")
