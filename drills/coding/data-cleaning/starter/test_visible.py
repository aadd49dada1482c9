"""Visible tests for the data cleaning drill. More checks run when you press Run Drill Tests."""
from pathlib import Path

import pandas as pd
import pytest

from solution import clean_customers, summarize, top_correlations

RAW = pd.read_csv(Path(__file__).with_name("customers.csv"))


def test_clean_has_no_missing_values():
    clean = clean_customers(RAW)
    assert not clean.isna().any().any()


def test_numbers_are_numeric():
    clean = clean_customers(RAW)
    for column in ["age", "income", "spend", "visits"]:
        assert pd.api.types.is_numeric_dtype(clean[column]), f"{column} is not numeric"


def test_summary_shape():
    summary = summarize(clean_customers(RAW))
    assert set(summary.index) == {"age", "income", "spend", "visits"}
    assert {"count", "mean", "median", "std", "min", "max"} <= set(summary.columns)


def test_correlations_are_sorted():
    pairs = top_correlations(clean_customers(RAW), k=3)
    assert len(pairs) == 3
    strengths = [abs(r) for _, _, r in pairs]
    assert strengths == sorted(strengths, reverse=True)
