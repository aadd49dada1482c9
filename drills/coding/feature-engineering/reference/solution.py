"""Reference solution for the feature engineering drill."""
import pandas as pd


def user_features(transactions: pd.DataFrame) -> pd.DataFrame:
    table = transactions.assign(day=pd.to_datetime(transactions["date"]).dt.normalize())
    features = table.groupby("user_id").agg(
        n_transactions=("amount", "size"),
        total_amount=("amount", "sum"),
        mean_amount=("amount", "mean"),
        max_amount=("amount", "max"),
        std_amount=("amount", "std"),
        n_categories=("category", "nunique"),
        days_active=("day", "nunique"),
    )
    features["std_amount"] = features["std_amount"].fillna(0.0)
    return features.reset_index()
