"""Visible tests for the RAG drill. More checks run when you press Run Drill Tests."""
from embedding import embed
from solution import build_prompt, build_store, chunk_text, retrieve

DOCUMENTS = {
    "returns": "Items can be returned within 30 days of delivery. Refunds go back to the original payment method.",
    "shipping": "Standard shipping takes three to five working days. Express shipping arrives the next working day.",
}


def test_chunks_overlap():
    assert chunk_text("abcdefghij", size=4, overlap=1) == ["abcd", "defg", "ghij"]


def test_retrieval_finds_the_right_document():
    store = build_store(DOCUMENTS, embed, size=60, overlap=10)
    best_id, _ = retrieve(store, embed, "How many days do I have to return an item?", k=1)[0]
    assert best_id.startswith("returns#")


def test_prompt_quotes_sources():
    prompt = build_prompt("When does express shipping arrive?", [("shipping#1", "Express shipping arrives the next working day.")])
    assert "[shipping#1] Express shipping arrives the next working day." in prompt
    assert prompt.rstrip().endswith("When does express shipping arrive?")
