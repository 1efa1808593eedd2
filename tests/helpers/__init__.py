"""Test helpers shared across areas: real servers, corpora, fixtures."""
