"""Train a classifier drill: compare models on Iris with stratified cross-validation."""
import pandas as pd
from sklearn.datasets import load_iris
from sklearn.pipeline import Pipeline


def split_data(seed: int = 42):
    """Stratified 80/20 split of Iris: (X_train, X_test, y_train, y_test)."""
    raise NotImplementedError("write split_data")


def build_models() -> dict:
    """At least two named Pipelines, each starting with a StandardScaler."""
    raise NotImplementedError("write build_models")


def compare_models(models: dict, X, y, folds: int = 5, seed: int = 42) -> pd.DataFrame:
    """Columns model, mean_accuracy, std_accuracy; best first."""
    raise NotImplementedError("write compare_models")


def pick_best(table: pd.DataFrame) -> str:
    """The name of the best model."""
    raise NotImplementedError("write pick_best")
