"""Reference solution for the data cleaning drill."""
from itertools import combinations

import pandas as pd

NUMERIC = ["age", "income", "spend", "visits"]


def _number(column: pd.Series) -> pd.Series:
    text = column.astype("string").str.replace(",", "", regex=False).str.strip()
    return pd.to_numeric(text, errors="coerce").astype(float)


def clean_customers(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.copy()
    for column in ["name", "email", "city"]:
        df[column] = df[column].astype("string").str.strip()
    df["email"] = df["email"].str.lower()
    df["name"] = df["name"].str.title()
    df["city"] = df["city"].str.title()
    for column in NUMERIC:
        df[column] = _number(df[column])
    df["age"] = df["age"].where(df["age"].between(0, 120))
    df = df.drop_duplicates(subset="email", keep="first")
    df[NUMERIC] = df[NUMERIC].fillna(df[NUMERIC].median())
    df["city"] = df["city"].fillna("Unknown")
    return df.reset_index(drop=True)


def summarize(clean: pd.DataFrame) -> pd.DataFrame:
    return clean[NUMERIC].agg(["count", "mean", "median", "std", "min", "max"]).T


def top_correlations(clean: pd.DataFrame, k: int = 3) -> list:
    matrix = clean[NUMERIC].corr()
    pairs = [(a, b, float(matrix.loc[a, b])) for a, b in combinations(sorted(NUMERIC), 2)]
    return sorted(pairs, key=lambda pair: abs(pair[2]), reverse=True)[:k]
