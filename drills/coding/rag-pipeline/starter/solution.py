"""RAG pipeline drill: chunk, embed, store, retrieve and build the prompt."""


def chunk_text(text: str, size: int, overlap: int) -> list:
    raise NotImplementedError("write chunk_text")


class VectorStore:
    def add(self, ids: list, texts: list, embeddings: list) -> None:
        raise NotImplementedError("write VectorStore.add")

    def query(self, embedding: list, k: int) -> list:
        raise NotImplementedError("write VectorStore.query")

    def text(self, chunk_id: str) -> str:
        raise NotImplementedError("write VectorStore.text")


def build_store(documents: dict, embed, size: int = 200, overlap: int = 50) -> VectorStore:
    raise NotImplementedError("write build_store")


def retrieve(store: VectorStore, embed, question: str, k: int = 3) -> list:
    raise NotImplementedError("write retrieve")


def build_prompt(question: str, chunks: list) -> str:
    raise NotImplementedError("write build_prompt")
