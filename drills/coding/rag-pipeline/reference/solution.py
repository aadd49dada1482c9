"""Reference solution for the RAG drill."""
import math


def chunk_text(text: str, size: int, overlap: int) -> list:
    if not 0 <= overlap < size:
        raise ValueError("overlap must be at least 0 and smaller than size")
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start:start + size])
        if start + size >= len(text):
            break
        start += size - overlap
    return chunks


def _cosine(a, b) -> float:
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return sum(x * y for x, y in zip(a, b)) / norm if norm else 0.0


class VectorStore:
    def __init__(self):
        self._rows = {}

    def add(self, ids: list, texts: list, embeddings: list) -> None:
        if not len(ids) == len(texts) == len(embeddings):
            raise ValueError("ids, texts and embeddings must have the same length")
        for chunk_id, text, vector in zip(ids, texts, embeddings):
            self._rows[chunk_id] = (text, list(vector))

    def query(self, embedding: list, k: int) -> list:
        scored = [(chunk_id, _cosine(embedding, vector)) for chunk_id, (_, vector) in self._rows.items()]
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored[:k]

    def text(self, chunk_id: str) -> str:
        return self._rows[chunk_id][0]


def build_store(documents: dict, embed, size: int = 200, overlap: int = 50) -> VectorStore:
    store = VectorStore()
    for doc_id, text in documents.items():
        chunks = chunk_text(text, size, overlap)
        if chunks:
            store.add([f"{doc_id}#{n}" for n in range(len(chunks))], chunks, embed(chunks))
    return store


def retrieve(store: VectorStore, embed, question: str, k: int = 3) -> list:
    return store.query(embed([question])[0], k)


def build_prompt(question: str, chunks: list) -> str:
    sources = "\n".join(f"[{chunk_id}] {text}" for chunk_id, text in chunks)
    return (
        "Answer the question using only the sources below. Cite the ids of the sources you use in square brackets, "
        "for example [doc#0]. If the sources do not contain the answer, say \"I don't know\".\n\n"
        f"Sources:\n{sources}\n\nQuestion: {question}"
    )
