"""A small deterministic embedder for the visible tests: hashed bag of words, 64 dimensions."""
import hashlib
import re

DIMENSIONS = 64


def embed(texts):
    vectors = []
    for text in texts:
        vector = [0.0] * DIMENSIONS
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIMENSIONS] += 1.0
        vectors.append(vector)
    return vectors
