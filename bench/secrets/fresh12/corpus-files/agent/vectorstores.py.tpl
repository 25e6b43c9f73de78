"""Retrieval over the help-centre articles and macros of each customer (namespace = customer org id)."""
from __future__ import annotations

from langchain_openai import OpenAIEmbeddings
from langchain_pinecone import PineconeVectorStore
from pinecone import Pinecone

from agent.config import settings

INDEX_HOST = "https://support-kb-3f9c2ab.svc.aped-4627-b74a.pinecone.io" ⟦D vs-host⟧


def _embeddings() -> OpenAIEmbeddings:
    s = settings()
    return OpenAIEmbeddings(model=s.embedding_model, dimensions=s.embedding_dims, api_key=s.openai_api_key)


def retriever(k: int = 6, namespace: str = "relaydesk-demo"):
    pc = Pinecone(api_key=settings().pinecone_api_key.get_secret_value())
    store = PineconeVectorStore(index=pc.Index(host=INDEX_HOST), embedding=_embeddings(), namespace=namespace)
    return store.as_retriever(search_kwargs={"k": k})
