"""Visible tests for the classifier drill. More checks run when you press Run Drill Tests."""
import numpy as np

from solution import build_models, compare_models, pick_best, split_data


def test_split_sizes():
    X_train, X_test, y_train, y_test = split_data()
    assert len(X_train) == 120 and len(X_test) == 30
    assert len(y_train) == 120 and len(y_test) == 30


def test_at_least_two_models():
    assert len(build_models()) >= 2


def test_comparison_table():
    X_train, _, y_train, _ = split_data()
    table = compare_models(build_models(), X_train, y_train)
    assert {"model", "mean_accuracy", "std_accuracy"} <= set(table.columns)
    assert table["mean_accuracy"].between(0, 1).all()
    assert pick_best(table) in set(table["model"])
