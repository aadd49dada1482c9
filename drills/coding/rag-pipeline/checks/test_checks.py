"""Checks kept inside the extension: they run beside the visible tests and explain common mistakes."""
import hashlib
import math
import re

import pytest

from solution import VectorStore, build_prompt, build_store, chunk_text, retrieve


def embed(texts):
    """The harness's deterministic embedder: hashed bag of words in 32 dimensions."""
    vectors = []
    for text in texts:
        vector = [0.0] * 32
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            vector[int(hashlib.sha1(word.encode()).hexdigest(), 16) % 32] += 1.0
        vectors.append(vector)
    return vectors


DOCS = {
    "policy": "Refunds are issued within 14 days. Refunds need a receipt. Exchanges are free for unworn items within 30 days.",
    "faq": "Our stores open at nine. Parking is free on weekends. Gift cards never expire and cannot be refunded.",
}


def test_chunk_boundaries_and_overlap():
    text = "0123456789abcdefghij"  # 20 characters
    chunks = chunk_text(text, size=8, overlap=3)
    assert chunks[:2] == ["01234567", "56789abc"], (
        f"consecutive chunks must start size - overlap = 5 characters apart and share exactly 3 characters; got {chunks[:2]}"
    )
    assert chunks == ["01234567", "56789abc", "abcdefgh", "fghij"]


def test_no_tail_chunk_inside_the_previous_one():
    chunks = chunk_text("abcdefghij", size=4, overlap=2)
    assert chunks == ["abcd", "cdef", "efgh", "ghij"], (
        f"stop after the first chunk that reaches the end of the text; extra tail chunks such as 'ij' or 'j' repeat text already covered: {chunks}"
    )


def test_chunking_edge_cases():
    assert chunk_text("", size=5, overlap=1) == []
    assert chunk_text("abc", size=5, overlap=1) == ["abc"]
    assert chunk_text("abcde", size=5, overlap=0) == ["abcde"]
    for size, overlap in ((4, 4), (4, 5), (4, -1)):
        with pytest.raises(ValueError):
            chunk_text("abcdefgh", size=size, overlap=overlap)


def test_cosine_similarity_not_dot_product():
    store = VectorStore()
    store.add(["long", "short"], ["x", "y"], [[10.0, 10.0, 0.0], [1.0, 0.0, 0.0]])
    results = store.query([1.0, 0.0, 0.0], k=2)
    assert [chunk_id for chunk_id, _ in results] == ["short", "long"], (
        "rank by cosine similarity (normalised by both vector lengths), not by the raw dot product, which favours long vectors"
    )
    assert results[0][1] == pytest.approx(1.0, abs=1e-9)
    assert results[1][1] == pytest.approx(1 / math.sqrt(2), abs=1e-9)


def test_ties_break_by_id_and_zero_vectors_score_zero():
    store = VectorStore()
    store.add(["b", "a", "c", "zero"], ["t", "t", "u", "z"], [[1.0, 0.0], [2.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    results = store.query([1.0, 0.0], k=10)
    assert [chunk_id for chunk_id, _ in results[:2]] == ["a", "b"], "equal scores must come out in ascending id order"
    assert dict(results)["zero"] == pytest.approx(0.0), "a zero vector has similarity 0"
    assert len(results) == 4, "asking for more results than stored chunks returns all of them"
    assert store.text("c") == "u"


def test_store_ids_and_retrieval():
    calls = []

    def counting_embed(texts):
        calls.append(len(texts))
        return embed(texts)

    store = build_store(DOCS, counting_embed, size=40, overlap=10)
    assert len(calls) == len(DOCS), "call embed once per document, with all of its chunks"
    assert store.text("policy#0") == DOCS["policy"][:40], 'chunk ids are "<doc_id>#<n>" counting from 0'
    assert store.text("policy#1") == DOCS["policy"][30:70]
    hits = retrieve(store, embed, "Do gift cards expire?", k=2)
    assert hits[0][0].startswith("faq#"), f"the gift card question should retrieve the FAQ first, got {hits}"
    assert len(hits) == 2


def test_prompt_grounds_the_answer():
    chunks = [("policy#0", "Refunds are issued within 14 days."), ("faq#2", "Gift cards never expire.")]
    question = "How long do refunds take?"
    prompt = build_prompt(question, chunks)
    lowered = prompt.lower()
    assert "only" in lowered, "tell the model to answer only from the sources"
    assert "i don't know" in lowered or "i do not know" in lowered, 'tell the model to say "I don\'t know" when the sources do not contain the answer'
    first, second = prompt.find("[policy#0] Refunds are issued within 14 days."), prompt.find("[faq#2] Gift cards never expire.")
    assert first >= 0 and second >= 0, "quote every chunk as [id] text"
    assert first < second, "quote the chunks in the order given"
    assert prompt.rfind(question) > second, "the question comes after the sources"


def test_usual_setup_with_sentence_transformers_and_chroma():
    try:
        import chromadb
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        pytest.skip(f"sentence-transformers and chromadb are not both installed ({error.name} is missing), so the usual set-up is not exercised")
    try:
        model = SentenceTransformer("all-MiniLM-L6-v2", local_files_only=True)
    except Exception as error:  # the model is not in the local cache and may not be downloaded here
        pytest.skip(f"the all-MiniLM-L6-v2 model is not available offline: {error}")
    encode = lambda texts: model.encode(texts).tolist()  # noqa: E731
    question = "Can I get my money back?"
    best = retrieve(build_store(DOCS, encode, size=60, overlap=15), encode, question, k=1)[0][0]
    # The same chunks in Chroma with cosine distance must agree on the best match.
    collection = chromadb.EphemeralClient().create_collection("drill", metadata={"hnsw:space": "cosine"})
    for doc_id, text in DOCS.items():
        chunks = chunk_text(text, 60, 15)
        collection.add(ids=[f"{doc_id}#{n}" for n in range(len(chunks))], documents=chunks, embeddings=encode(chunks))
    assert collection.query(query_embeddings=encode([question]), n_results=1)["ids"][0][0] == best
