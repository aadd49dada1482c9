"""Checks kept inside the extension: they run beside the visible tests and explain common mistakes."""
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.datasets import load_iris
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from solution import build_models, compare_models, pick_best, split_data

X_ALL, Y_ALL = load_iris(return_X_y=True)


def test_split_is_stratified_and_seeded():
    X_train, X_test, y_train, y_test = split_data(seed=7)
    counts = np.bincount(np.asarray(y_test), minlength=3).tolist()
    assert counts == [10, 10, 10], f"the test set must keep the class balance (10 of each class): got {counts}; pass stratify=y"
    expected = train_test_split(X_ALL, Y_ALL, test_size=0.2, stratify=Y_ALL, random_state=7)[3]
    assert np.array_equal(np.asarray(y_test), expected), "the split must use random_state=seed, so split_data(7) differs from split_data(42)"


def test_features_are_not_scaled_before_the_split():
    X_train, X_test, _, _ = split_data()
    values = np.asarray(X_train, dtype=float)
    assert values.min() >= 0 and abs(values.mean()) > 1, (
        "split_data returns scaled features: scaling before splitting leaks test statistics into training; "
        "put the StandardScaler inside each Pipeline instead"
    )


def test_every_model_scales_inside_its_pipeline():
    models = build_models()
    names = {type(model.steps[-1][1]).__name__ for model in models.values() if isinstance(model, Pipeline)}
    for name, model in models.items():
        assert isinstance(model, Pipeline), f"{name} must be a Pipeline so its preprocessing is fitted within each fold"
        assert isinstance(model.steps[0][1], StandardScaler), f"{name}: the first step of the pipeline must be a StandardScaler"
    assert len(names) >= 2, "compare at least two different kinds of classifier"


def test_cross_validation_numbers():
    X_train, _, y_train, _ = split_data()
    models = build_models()
    table = compare_models(models, X_train, y_train, folds=4, seed=3).set_index("model")
    cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=3)
    for name, model in models.items():
        scores = cross_val_score(clone(model), X_train, y_train, cv=cv, scoring="accuracy")
        got_mean, got_std = table.loc[name, "mean_accuracy"], table.loc[name, "std_accuracy"]
        population_std = got_std == pytest.approx(scores.std(), abs=1e-9)
        if not population_std and got_mean == pytest.approx(scores.mean(), abs=1e-9) and got_std == pytest.approx(scores.std(ddof=1), abs=1e-9):
            pytest.fail(f"{name}: std_accuracy must be numpy's default standard deviation of the fold scores (ddof=0), not ddof=1")
        assert (got_mean, got_std) == pytest.approx((scores.mean(), scores.std()), abs=1e-9), (
            f"{name}: got mean {got_mean:.4f} and std {got_std:.4f}, but stratified 4-fold CV with shuffle=True and random_state=seed "
            f"gives {scores.mean():.4f} and {scores.std():.4f}; use the folds and seed passed in, and only the data passed in"
        )


def test_table_order_and_best_model():
    X_train, _, y_train, _ = split_data()
    table = compare_models(build_models(), X_train, y_train).reset_index(drop=True)
    keys = list(zip(-table["mean_accuracy"], table["std_accuracy"], table["model"]))
    assert keys == sorted(keys), "rows must be sorted best first: higher mean accuracy, then lower std, then name"
    assert pick_best(table) == table.iloc[0]["model"], "pick_best must return the model in the first row"
