"""Reference solution for the classifier drill."""
import pandas as pd
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


def split_data(seed: int = 42):
    X, y = load_iris(return_X_y=True)
    return train_test_split(X, y, test_size=0.2, stratify=y, random_state=seed)


def build_models() -> dict:
    return {
        "logistic_regression": Pipeline([("scale", StandardScaler()), ("model", LogisticRegression(max_iter=1000))]),
        "knn": Pipeline([("scale", StandardScaler()), ("model", KNeighborsClassifier(n_neighbors=5))]),
        "svm": Pipeline([("scale", StandardScaler()), ("model", SVC(kernel="rbf"))]),
    }


def compare_models(models: dict, X, y, folds: int = 5, seed: int = 42) -> pd.DataFrame:
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    rows = []
    for name, model in models.items():
        scores = cross_val_score(model, X, y, cv=cv, scoring="accuracy")
        rows.append({"model": name, "mean_accuracy": scores.mean(), "std_accuracy": scores.std()})
    table = pd.DataFrame(rows)
    return table.sort_values(["mean_accuracy", "std_accuracy", "model"], ascending=[False, True, True]).reset_index(drop=True)


def pick_best(table: pd.DataFrame) -> str:
    return str(table.iloc[0]["model"])
