"""One retriever per index: dense (FAISS vectors of the texts) and lexical (BM25), each kept in step with
the store and persisted beside it, each answering a query with its best candidates."""
