"""Data cleaning drill: clean, summarise and correlate a messy customer table."""
import pandas as pd

NUMERIC = ["age", "income", "spend", "visits"]


def clean_customers(raw: pd.DataFrame) -> pd.DataFrame:
    """Apply the five cleaning rules of the statement, in order."""
    raise NotImplementedError("write clean_customers")


def summarize(clean: pd.DataFrame) -> pd.DataFrame:
    """count, mean, median, std (ddof=1), min and max of each numeric column."""
    raise NotImplementedError("write summarize")


def top_correlations(clean: pd.DataFrame, k: int = 3) -> list:
    """The k strongest pairwise Pearson correlations as (column_a, column_b, r)."""
    raise NotImplementedError("write top_correlations")
