"""Visible tests for the feature engineering drill. More checks run when you press Run Drill Tests."""
from pathlib import Path

import pandas as pd
import pytest

from solution import user_features

DATA = Path(__file__).with_name("transactions.csv")


@pytest.fixture
def features():
    table = user_features(pd.read_csv(DATA))
    assert "user_id" in table.columns, "user_id must be a column of the result"
    return table.set_index("user_id")


def test_one_row_per_user(features):
    assert sorted(features.index) == ["u1", "u2", "u3", "u4", "u5"]


def test_counts_and_sums(features):
    assert features.loc["u1", "n_transactions"] == 4
    assert features.loc["u1", "total_amount"] == pytest.approx(75.5)
    assert features.loc["u4", "max_amount"] == pytest.approx(60.0)


def test_single_transaction_user_has_zero_std(features):
    assert features.loc["u2", "std_amount"] == pytest.approx(0.0)
