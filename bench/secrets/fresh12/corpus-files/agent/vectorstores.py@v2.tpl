"""Retrieval over the help-centre articles and macros of each customer (namespace = customer org id).

Three backends: Pinecone (prod), Qdrant (self-hosted customers, and local dev), Weaviate (the Acme pilot insisted).
"""
from __future__ import annotations

import os

from langchain_openai import OpenAIEmbeddings
from langchain_pinecone import PineconeVectorStore
from langchain_qdrant import QdrantVectorStore
from langchain_weaviate import WeaviateVectorStore
from pinecone import Pinecone
from qdrant_client import QdrantClient
import weaviate
from weaviate.classes.init import Auth

from agent.config import settings

INDEX_HOST = "https://support-kb-3f9c2ab.svc.aped-4627-b74a.pinecone.io" ⟦D vs-host⟧

QDRANT_URL = os.getenv("QDRANT_URL", "https://4e1a7c2d-9b3f-4c1e-8d2a-6f0b5e3c9a17.eu-central-1-0.aws.cloud.qdrant.io:6333") ⟦D vs-qdrant-url⟧
QDRANT_API_KEY = os.getenv("QDRANT_API_KEY") or "«qdrant#cloud»" ⟦S vs-qdrant-key⟧

# Acme pilot cluster (Weaviate Cloud, sandbox tier, expires in August)
WEAVIATE_URL = "https://acme-pilot-x7k2p9.c0.europe-west3.gcp.weaviate.cloud"
WEAVIATE_KEY = "«weaviate#acme»" ⟦S vs-weaviate-key⟧

COLLECTION_DIMS = {"support-kb": 1024, "macros": 1024, "acme_articles": 1536} ⟦D vs-dims⟧


def _embeddings(dims: int | None = None) -> OpenAIEmbeddings:
    s = settings()
    return OpenAIEmbeddings(model=s.embedding_model, dimensions=dims or s.embedding_dims, api_key=s.openai_api_key)


def retriever(k: int = 6, namespace: str = "relaydesk-demo", backend: str = "pinecone"):
    if backend == "qdrant":
        client = QdrantClient(url=QDRANT_URL, api_key=QDRANT_API_KEY)
        store = QdrantVectorStore(client=client, collection_name="support-kb", embedding=_embeddings())
        return store.as_retriever(search_kwargs={"k": k, "filter": {"must": [{"key": "org", "match": {"value": namespace}}]}})
    if backend == "weaviate":
        client = weaviate.connect_to_weaviate_cloud(cluster_url=WEAVIATE_URL, auth_credentials=Auth.api_key(WEAVIATE_KEY))
        store = WeaviateVectorStore(client=client, index_name="AcmeArticles", text_key="body", embedding=_embeddings(1536))
        return store.as_retriever(search_kwargs={"k": k})
    pc = Pinecone(api_key=settings().pinecone_api_key.get_secret_value())
    store = PineconeVectorStore(index=pc.Index(host=INDEX_HOST), embedding=_embeddings(), namespace=namespace)
    return store.as_retriever(search_kwargs={"k": k})
