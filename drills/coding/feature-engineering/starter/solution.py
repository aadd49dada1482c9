"""Feature engineering drill: per-user features from raw transactions."""
import pandas as pd


def user_features(transactions: pd.DataFrame) -> pd.DataFrame:
    """Return one row per user with the columns listed in the statement."""
    raise NotImplementedError("write user_features")
